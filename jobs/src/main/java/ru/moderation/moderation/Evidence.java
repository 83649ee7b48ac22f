package ru.moderation.moderation;

import ru.moderation.classify.Match;

/** One classifier match with the matched fragment of the original text (why a comment was flagged). */
public class Evidence {
    /** Fragments longer than this are cut: evidence must stay readable and small. */
    static final int MAX_FRAGMENT = 200;

    public String category;
    public String rule;
    public String term;
    public int start;
    public int end;
    public String fragment;

    public Evidence() {}

    public static Evidence of(Match m, String text) {
        Evidence e = new Evidence();
        e.category = m.category().name();
        e.rule = m.rule();
        e.term = m.term();
        e.start = m.start();
        e.end = m.end();
        String f = m.fragment(text);
        e.fragment = f.length() > MAX_FRAGMENT ? f.substring(0, MAX_FRAGMENT) : f;
        return e;
    }
}
