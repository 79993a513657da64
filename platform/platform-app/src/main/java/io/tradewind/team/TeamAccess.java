package io.tradewind.team;

/** What a team member may do with the record: read it, or read and edit it. */
public enum TeamAccess {
    READ_ONLY, READ_WRITE;

    public String code() {
        return name().toLowerCase().replace('_', '-');
    }
}
