package ru.moderation.moderation;

/** What the job asks a platform executor (or a human, for proposals) to do. */
public enum ActionType {
    DELETE_COMMENT,
    BLACKLIST_USER,
    /** Approval mode: a moderator confirms the blacklist before it is executed. */
    BLACKLIST_PROPOSED
}
