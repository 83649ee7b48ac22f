package ru.moderation.moderation;

import ru.moderation.ingest.CommentEvent;

/** A comment with the classifier's verdict, flattened into Flink-friendly arrays. */
public class ClassifiedComment {
    public CommentEvent comment;
    /** Category names in the classifier's order; empty when clean. */
    public String[] categories;
    public Evidence[] evidence;
    public String dictionaryVersion;
    /** Weight of the spam evidence, also below the threshold (see {@link MassMailing}). */
    public double spamScore;

    public ClassifiedComment() {}

    public boolean isClean() {
        return categories == null || categories.length == 0;
    }
}
