package ru.moderation.classify;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The classifier's decision on one text: the categories found and the evidence for each. */
public final class Verdict {
    private final Set<Category> categories;
    private final List<Match> matches;
    private final String dictionaryVersion;
    private final double spamScore;

    public Verdict(List<Match> matches, String dictionaryVersion) {
        this(matches, dictionaryVersion, 0);
    }

    /**
     * @param spamScore the summed weight of the spam rules that fired, also when it stays below 1 and the
     *     text is not spam: a stream can combine it with what one text cannot show (the same text from
     *     many authors)
     */
    public Verdict(List<Match> matches, String dictionaryVersion, double spamScore) {
        this.matches = List.copyOf(matches);
        EnumSet<Category> found = EnumSet.noneOf(Category.class);
        for (Match m : this.matches) {
            found.add(m.category());
        }
        this.categories = Collections.unmodifiableSet(found);
        this.dictionaryVersion = dictionaryVersion;
        this.spamScore = spamScore;
    }

    public static Verdict clean(String dictionaryVersion) {
        return new Verdict(List.of(), dictionaryVersion);
    }

    /** Categories in declaration order ({@link Category#OBSCENITY} first). */
    public Set<Category> categories() {
        return categories;
    }

    /** Matches ordered by start offset. */
    public List<Match> matches() {
        return matches;
    }

    public String dictionaryVersion() {
        return dictionaryVersion;
    }

    /** Weight of the spam evidence found, flagged or not (see the constructor); 0 when there is none. */
    public double spamScore() {
        return spamScore;
    }

    public boolean isClean() {
        return matches.isEmpty();
    }

    @Override
    public String toString() {
        return "Verdict" + categories + matches;
    }
}
