package ru.moderation.moderation;

import ru.moderation.ingest.CommentEvent;

/** Builds actions from a classified comment. */
final class Actions {
    private Actions() {}

    static Action build(ActionType type, ClassifiedComment in, String[] acting, int strikes, Policy policy,
            long banUntil, long now) {
        CommentEvent c = in.comment;
        Action a = new Action();
        a.type = type;
        a.platform = c.platform;
        a.communityId = c.communityId;
        a.postId = c.postId;
        a.commentId = c.commentId;
        a.authorId = c.authorId;
        a.authorType = c.authorType;
        a.surface = c.surface;
        a.ownerId = c.ownerId;
        a.discussionType = c.discussionType;
        a.eventId = c.eventId;
        a.categories = acting;
        a.evidence = in.evidence;
        a.strikes = strikes;
        a.policyName = policy.name();
        a.threshold = policy.threshold();
        a.mode = policy.mode();
        a.banUntilMillis = banUntil;
        a.createdAtMillis = now;
        a.dictionaryVersion = in.dictionaryVersion;
        return a;
    }
}
