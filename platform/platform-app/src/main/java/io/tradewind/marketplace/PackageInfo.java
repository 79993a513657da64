package io.tradewind.marketplace;

/** What a plugin package says about itself (its PF4J descriptor). */
record PackageInfo(String id, String version, String description, String provider, String requires) {
}
