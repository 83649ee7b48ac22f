package ru.moderation.moderation;

/** Audit decisions. */
public final class Decision {
    private Decision() {}

    public static final String CLEAN = "CLEAN";
    /** Violations found, but none in a category the community's policy acts on. */
    public static final String NO_ACTION = "NO_ACTION";
    public static final String DELETE = "DELETE";
    public static final String DELETE_AND_BLACKLIST = "DELETE_AND_BLACKLIST";
    public static final String DELETE_AND_PROPOSE_BLACKLIST = "DELETE_AND_PROPOSE_BLACKLIST";
    /** The same comment was already struck (redelivery or an edit): no new strike, no new action. */
    public static final String ALREADY_ACTIONED = "ALREADY_ACTIONED";
}
