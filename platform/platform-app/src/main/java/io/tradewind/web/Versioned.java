package io.tradewind.web;

/** A record's view as the API answers it: its id (for {@code Location}) and its version (for the ETag). */
public interface Versioned {

    String id();

    long version();
}
