package ru.moderation.ingest;

/** The kind of object a comment is attached to; each has its own delete call on VK. */
public enum Surface {
    WALL,
    PHOTO,
    VIDEO,
    BOARD,
    MARKET,
    /** A Telegram discussion group message. */
    CHAT,
    /** An OK discussion comment. */
    DISCUSSION
}
