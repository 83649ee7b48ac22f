package ru.moderation.ingest;

/** Who wrote a comment: a person, or a community/channel posting under its own name (banned differently). */
public enum AuthorType {
    USER,
    COMMUNITY,
    CHANNEL
}
