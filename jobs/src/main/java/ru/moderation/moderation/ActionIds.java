package ru.moderation.moderation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Deterministic action ids (UUID v3 of the action's identity): a replay after a failure, an
 * at-least-once redelivery or a re-run over the same input produces the same id, so executors can
 * deduplicate. The version prefix changes only if the meaning of an action changes.
 */
public final class ActionIds {
    static final String VERSION = "v1";

    /**
     * {@link UUID#nameUUIDFromBytes} looks the MD5 provider up on every call, which showed up in the strike
     * path's profile; one digest per thread gives the same ids without the look-up.
     */
    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every Java platform", e);
        }
    });

    private ActionIds() {}

    /** A delete is identified by the comment it deletes. */
    public static String delete(String platform, String communityId, String commentKey) {
        return uuid(VERSION + "|DELETE_COMMENT|" + platform + '|' + communityId + '|' + commentKey);
    }

    /** A blacklist is identified by the author and the comment whose strike crossed the threshold. */
    public static String blacklist(ActionType type, String platform, String communityId, String authorId, String commentKey) {
        return uuid(VERSION + '|' + type + '|' + platform + '|' + communityId + '|' + authorId + '|' + commentKey);
    }

    /** Same bits as {@code UUID.nameUUIDFromBytes(name as UTF-8)}. */
    static String uuid(String name) {
        byte[] md5 = MD5.get().digest(name.getBytes(StandardCharsets.UTF_8));
        md5[6] = (byte) ((md5[6] & 0x0f) | 0x30); // version 3
        md5[8] = (byte) ((md5[8] & 0x3f) | 0x80); // IETF variant
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (md5[i] & 0xff);
            lsb = (lsb << 8) | (md5[i + 8] & 0xff);
        }
        return new UUID(msb, lsb).toString();
    }
}
