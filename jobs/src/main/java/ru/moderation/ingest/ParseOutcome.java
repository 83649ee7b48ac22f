package ru.moderation.ingest;

/** What one raw record turned out to be. Exactly one of the payload fields is set, per {@link #kind}. */
public final class ParseOutcome {
    public enum Kind {
        COMMENT,
        /** A post (VK wall_post_new, Telegram channel_post): kept for statistics, never moderated. */
        POST,
        /** A well-formed event of no interest (confirmation, joins, private chats, auto-forwards). */
        IGNORED,
        DEAD_LETTER
    }

    public final Kind kind;
    public final CommentEvent comment;
    public final String detail;

    private ParseOutcome(Kind kind, CommentEvent comment, String detail) {
        this.kind = kind;
        this.comment = comment;
        this.detail = detail;
    }

    public static ParseOutcome comment(CommentEvent c) {
        return new ParseOutcome(Kind.COMMENT, c, null);
    }

    public static ParseOutcome post(String what) {
        return new ParseOutcome(Kind.POST, null, what);
    }

    public static ParseOutcome ignored(String why) {
        return new ParseOutcome(Kind.IGNORED, null, why);
    }

    public static ParseOutcome deadLetter(String reason) {
        return new ParseOutcome(Kind.DEAD_LETTER, null, reason);
    }

    @Override
    public String toString() {
        return kind + (comment != null ? " " + comment : "") + (detail != null ? " (" + detail + ")" : "");
    }
}
