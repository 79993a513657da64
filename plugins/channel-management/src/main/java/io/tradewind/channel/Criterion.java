package io.tradewind.channel;

/** One weighted partner-selection criterion of a tenant (reputation, strength, market share, …). */
record Criterion(String code, String name, int weight) {

    Criterion {
        if (weight < 0 || weight > 100) {
            throw new IllegalArgumentException("a weight is between 0 and 100");
        }
    }
}
