package ru.moderation.moderation;

import java.io.Serializable;
import java.time.Duration;

/**
 * The same advert posted by several authors within a short time is a mailing even when each copy alone
 * stays below the spam threshold (DESIGN.md, "Spam": the same text repeated across posts or authors).
 * Only texts that already carry some spam evidence are tracked, so residents who copy a civic appeal
 * are never counted; and only the copy that completes the count and later ones are deleted, because the
 * earlier copies were already decided.
 */
public final class MassMailing {
    private MassMailing() {}

    /** Shorter texts ("Спасибо!", "+", "Согласен") repeat innocently. */
    static final int MIN_LETTERS = 20;
    /** Long texts are fingerprinted by their start; mailings do not vary their opening. */
    static final int MAX_FINGERPRINT = 400;

    public static final String RULE = "spam.mass_mailing";
    public static final String TERM = "массовая рассылка";

    /** How a stream decides; defaults are the documented ones. */
    public record Settings(int authors, Duration window, double minSpamScore) implements Serializable {
        public static Settings defaults() {
            return new Settings(3, Duration.ofHours(1), 0.5);
        }

        public boolean enabled() {
            return authors > 1;
        }
    }

    /**
     * Letters and digits of the text, lower-cased, runs of anything else as one space: copies that differ
     * in case, punctuation, emoji or spacing fall together. Null when the text is too short to tell.
     */
    public static String fingerprint(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(Math.min(text.length(), MAX_FINGERPRINT));
        int letters = 0;
        boolean gap = false;
        for (int i = 0; i < text.length() && b.length() < MAX_FINGERPRINT; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && b.length() > 0) {
                    b.append(' ');
                }
                gap = false;
                b.append(Character.toLowerCase(c) == 'ё' ? 'е' : Character.toLowerCase(c));
                if (Character.isLetter(c)) {
                    letters++;
                }
            } else {
                gap = true;
            }
        }
        return letters < MIN_LETTERS ? null : b.toString();
    }

    /**
     * The most recent distinct authors of one fingerprint, at most {@code cap} of them: enough to tell
     * whether {@code cap} authors posted within the window, in constant space per text.
     */
    public static class RecentAuthors {
        public long[] authors = new long[0];
        public long[] seenAt = new long[0];

        public RecentAuthors() {}

        /** Records that {@code author} posted at {@code now}; returns how many distinct authors posted within {@code window}. */
        public int record(long author, long now, long window, int cap) {
            int n = authors.length;
            int at = -1;
            for (int i = 0; i < n; i++) {
                if (authors[i] == author) {
                    at = i;
                }
            }
            if (at < 0) {
                if (n < cap) {
                    authors = java.util.Arrays.copyOf(authors, n + 1);
                    seenAt = java.util.Arrays.copyOf(seenAt, n + 1);
                    at = n;
                } else {
                    at = 0;
                    for (int i = 1; i < n; i++) {
                        if (seenAt[i] < seenAt[at]) {
                            at = i;
                        }
                    }
                }
                authors[at] = author;
            }
            seenAt[at] = Math.max(seenAt[at], now);
            int recent = 0;
            for (int i = 0; i < authors.length; i++) {
                if (now - seenAt[i] < window) {
                    recent++;
                }
            }
            return recent;
        }
    }
}
