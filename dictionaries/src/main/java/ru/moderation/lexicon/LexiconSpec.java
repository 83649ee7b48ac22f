package ru.moderation.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.moderation.classify.Category;

/** The lexicon as written in the dictionary files, before compilation. Mutable while parsing. */
public final class LexiconSpec {
    public String version = "unversioned";
    public final List<Rule> rules = new ArrayList<>();
    public final Map<String, WordClass> classes = new LinkedHashMap<>();
    public final List<String> prefixes = new ArrayList<>();
    public final Set<String> allow = new LinkedHashSet<>();
    /** Named lists for the structural detectors: hosts (shortener, invite, official), tld, currency, rate. */
    public final Map<String, List<String>> lists = new LinkedHashMap<>();

    /** A named set of words for phrases and proximity rules ({@code @group_ethnic}). */
    public static final class WordClass {
        public final String name;
        public final String origin;
        public final List<String> words = new ArrayList<>();
        public final List<String> forms = new ArrayList<>();
        /** Other classes whose words this one has too ({@code include @ethnic_nom}). */
        public final List<String> includes = new ArrayList<>();

        WordClass(String name, String origin) {
            this.name = name;
            this.origin = origin;
        }
    }

    /** Two classes within {@code window} words of each other, in either order. */
    public record Near(String first, String second, int window) {}

    /** At least {@code min} distinct words of a class within {@code window} words ("commercial register"). */
    public record Count(String wordClass, int min, int window) {}

    /** A structural signal found on the raw text rather than in the word list (links, phones, …). */
    public record Detector(String kind, String arg) {}

    public static final class Rule {
        public final String id;
        public final Category category;
        public final String origin;
        public String term;
        public double weight = 1.0;
        /** Ids of rules of which one must fire for this rule's weight to count (empty: it always counts). */
        public final List<String> with = new ArrayList<>();
        /** Ids of rules none of which may fire for this rule's weight to count ({@code without=}). */
        public final List<String> without = new ArrayList<>();
        /**
         * {@code given=CATEGORY}: a rule without entries of its own whose weight counts when that other category
         * is flagged and this rule's category has evidence of its own (a threat beside a group named is hate).
         */
        public Category given;
        /** Inside quotation marks a match names the word instead of using it, and is dropped ({@code quoted=mention}). */
        public boolean quotedIsMention;
        public final List<String> words = new ArrayList<>();
        public final List<String> forms = new ArrayList<>();
        public final List<String> roots = new ArrayList<>();
        public final List<String> infixes = new ArrayList<>();
        public final List<List<String>> phrases = new ArrayList<>();
        /** file:line of each phrase, for load errors. */
        public final List<String> phraseOrigins = new ArrayList<>();
        public final List<Near> nears = new ArrayList<>();
        public final List<Count> counts = new ArrayList<>();
        public final List<Detector> detectors = new ArrayList<>();

        Rule(String id, Category category, String origin) {
            this.id = id;
            this.category = category;
            this.origin = origin;
        }
    }
}
