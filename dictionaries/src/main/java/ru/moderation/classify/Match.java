package ru.moderation.classify;

import java.util.Objects;

/**
 * One piece of evidence: which rule fired on which part of the original text.
 *
 * @param category the category the rule belongs to
 * @param rule stable rule id from the dictionary files (e.g. {@code obscenity.root.pizd})
 * @param term the lexicon term the text was resolved to (e.g. {@code пизда} for {@code п!зда})
 * @param start offset of the first char of the match in the original text (UTF-16 units, inclusive)
 * @param end offset just past the last char of the match in the original text (exclusive)
 */
public record Match(Category category, String rule, String term, int start, int end) {
    public Match {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(term, "term");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** The matched span of {@code original}, clamped so a caller's mistake never throws. */
    public String fragment(CharSequence original) {
        int s = Math.min(start, original.length());
        int e = Math.min(end, original.length());
        return original.subSequence(s, e).toString();
    }
}
