package ru.moderation.moderation;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Deterministic action ids (UUID v3 of the action's identity): a replay after a failure, an
 * at-least-once redelivery or a re-run over the same input produces the same id, so executors can
 * deduplicate. The version prefix changes only if the meaning of an action changes.
 */
public final class ActionIds {
    static final String VERSION = "v1";

    private ActionIds() {}

    /** A delete is identified by the comment it deletes. */
    public static String delete(String platform, String communityId, String commentKey) {
        return uuid(VERSION + "|DELETE_COMMENT|" + platform + '|' + communityId + '|' + commentKey);
    }

    /** A blacklist is identified by the author and the comment whose strike crossed the threshold. */
    public static String blacklist(ActionType type, String platform, String communityId, String authorId, String commentKey) {
        return uuid(VERSION + '|' + type + '|' + platform + '|' + communityId + '|' + authorId + '|' + commentKey);
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
