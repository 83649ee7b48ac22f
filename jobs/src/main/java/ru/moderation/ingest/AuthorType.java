package ru.moderation.ingest;

/** Who wrote a comment: a person, or a community/channel posting under its own name (banned differently). */
public enum AuthorType {
    USER,
    COMMUNITY,
    CHANNEL;

    private final String json = name().toLowerCase(java.util.Locale.ROOT);

    /** As the action topic writes it. */
    public String json() {
        return json;
    }
}
