package io.tradewind.team;

/**
 * A record with a team besides its owner (ADRs 0137, 0139): a customer or an opportunity. The
 * entity says what it is called in team_member rows, audit entries and events, and who owns it.
 */
public interface TeamRecord {

    /** The record type of its team_member rows and the prefix of its events: {@code customer}, {@code opportunity}. */
    String teamType();

    long getId();

    /** Its owner; null when nobody owns it (a customer in the shared pool), and then everyone who sees it manages the team. */
    Long teamOwnerId();

    /** Tells a record that lists its team in a field of its own (a customer's memberIds) that a user joined or left. */
    default void teamChanged(long userId, boolean joined) {
    }
}
