package ru.moderation.moderation;

import ru.moderation.ingest.AuthorType;
import ru.moderation.ingest.Surface;

/** One moderation action; its JSON form (with the platform call) is written by ActionJson. */
public class Action {
    public String actionId;
    public ActionType type;
    public String platform;
    public String communityId;
    public String postId;
    public String commentId;
    public String authorId;
    public AuthorType authorType;
    public Surface surface;
    public String ownerId;
    public String discussionType;
    public String eventId;
    public String[] categories;
    public Evidence[] evidence;
    /** Strikes of this author in this community within the policy window, this one included. */
    public int strikes;
    public String policyName;
    public int threshold;
    public String mode;
    /** Blacklist end (ms since epoch) or 0 for a permanent ban; unused for deletes. */
    public long banUntilMillis;
    public long createdAtMillis;
    public String dictionaryVersion;

    public Action() {}
}
