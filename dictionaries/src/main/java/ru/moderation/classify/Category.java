package ru.moderation.classify;

/** What a comment can be deleted for; one category per family of rules in the municipal regulations. */
public enum Category {
    OBSCENITY,
    INSULT,
    HATE,
    THREAT,
    SPAM
}
