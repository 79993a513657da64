package io.tradewind.access;

/** Whose records a role sees: its own, its department's, its department and those below, or all. */
public enum DataScope {
    OWN,
    DEPARTMENT,
    DEPARTMENT_TREE,
    ALL;

    /** The wider of two scopes: a user with several roles sees what the widest one allows. */
    public DataScope widest(DataScope other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
