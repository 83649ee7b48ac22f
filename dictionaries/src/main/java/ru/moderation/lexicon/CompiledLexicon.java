package ru.moderation.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ru.moderation.classify.Category;

/**
 * The lexicon compiled into flat lookup structures: a hash table of every word form, tries of
 * roots, infixes, prefixes and masked-word candidates, and an automaton of phrases over word ids.
 * Immutable after construction; safe to share between threads.
 */
public final class CompiledLexicon {
    /**
     * A rule as reported in a match. {@code with}: indices of rules of which one must fire for this
     * rule's weight to count (empty: it always counts); {@code without}: of which none may.
     */
    public record RuleInfo(int index, String id, Category category, String term, double weight, int[] with,
            int[] without, boolean quotedIsMention, Category given) {
        /** This rule's weight counts, given the rules that fired. */
        public boolean counts(boolean[] fired) {
            for (int w : without) {
                if (fired[w]) {
                    return false;
                }
            }
            if (with.length == 0) {
                return true;
            }
            for (int w : with) {
                if (fired[w]) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A proximity rule: a word of class {@code first} and one of class {@code second} within {@code window} words. */
    public record NearRule(int first, int second, int window, int rule) {}

    public record DetectorRule(String kind, String arg, int rule) {}

    /** {@code min} distinct words of class {@code tag} within {@code window} words. */
    public record CountRule(int tag, int min, int window, int rule) {}

    private static final int[] NO_INTS = new int[0];

    public final String version;
    public final List<RuleInfo> rules;
    public final FormTable forms;
    /** Per form entry: indices of rules that flag the form. */
    public final int[][] formRules;
    /** Per form entry: word and class ids it carries (for phrases and proximity rules). */
    public final int[][] formTags;
    /** Flagged forms except spam's, for resolving masked words ({@code х*й}) against the lexicon. */
    public final CharTrie flaggedForms;
    /** Derivational prefixes; value 1 = ends in a consonant (needs ъ/ь before a vowel-initial root). */
    public final CharTrie prefixes;
    /** Roots that match after a chain of prefixes at the start of a word; value = rule index. */
    public final CharTrie roots;
    /** Roots that match anywhere inside a word; value = rule index. */
    public final CharTrie infixes;
    public final Set<String> allow;
    /** Lemmas that are themselves flagged: a dictionary word with such a lemma is never excused. */
    public final Set<String> flaggedLemmas;
    public final List<NearRule> nears;
    public final List<DetectorRule> detectors;
    public final List<CountRule> counts;
    /** Rules with {@code given=}: weighed in the verdict from the other categories' scores, not from the text. */
    public final int[] givenRules;
    /** Named lists for the structural detectors (see {@link LexiconSpec#lists}). */
    public final Map<String, List<String>> lists;
    /**
     * Tag of the reserved class {@code @filler} (-1 without it): interjections a phrase reads through, so
     * "смотри, бл*, как бы…" and "я тебя, сука, найду" match the phrases they interrupt.
     */
    public final int fillerTag;
    private final LongIntMap phraseNext;
    /**
     * The start node's steps by tag, as an array: every word with a tag tries to start a phrase, and
     * few words continue one, so most steps are taken here.
     */
    private final int[] phraseFirst;
    /**
     * Whether a tag steps on from a node past the start. Most words with a tag only ever start a phrase, and
     * a step is a hash probe that misses the cache, so a word asks this small table first.
     */
    private final boolean[] phraseContinues;
    private final int[] phraseRule;
    private final int phraseNodes;

    public CompiledLexicon(LexiconSpec spec, Morphology morph) {
        this.version = spec.version;
        List<RuleInfo> ruleList = new ArrayList<>();
        Forms fb = new Forms(morph);
        Map<String, Integer> formIndex = fb.index;
        List<Set<Integer>> hits = fb.hits;
        List<Set<Integer>> tags = fb.tags;
        Set<String> lemmas = new HashSet<>();
        Map<String, Integer> tagIds = new HashMap<>();

        // Classes first: their ids are referenced by phrases and proximity rules.
        for (LexiconSpec.WordClass wc : spec.classes.values()) {
            List<String> words = new ArrayList<>();
            List<String> forms = new ArrayList<>();
            collect(wc, spec, words, forms, new HashSet<>());
            fb.mark(wc.origin, words, forms, tags, tagId(tagIds, wc.name));
        }

        CharTrie rootTrie = new CharTrie();
        CharTrie infixTrie = new CharTrie();
        List<NearRule> nearList = new ArrayList<>();
        List<DetectorRule> detectorList = new ArrayList<>();
        List<CountRule> countList = new ArrayList<>();
        List<Integer> givenList = new ArrayList<>();
        LongIntMap next = new LongIntMap();
        Set<Integer> continuing = new HashSet<>();
        List<Integer> nodeRule = new ArrayList<>();
        nodeRule.add(-1);

        Map<String, Integer> ruleIds = new HashMap<>();
        for (int i = 0; i < spec.rules.size(); i++) {
            ruleIds.put(spec.rules.get(i).id, i);
        }
        for (LexiconSpec.Rule r : spec.rules) {
            int idx = ruleList.size();
            String term = r.term != null ? r.term : defaultTerm(r);
            ruleList.add(new RuleInfo(idx, r.id, r.category, term, r.weight, namedRules(r, r.with, "with", spec, ruleIds),
                    namedRules(r, r.without, "without", spec, ruleIds), r.quotedIsMention, r.given));
            if (r.given != null) {
                if (!r.words.isEmpty() || !r.forms.isEmpty() || !r.roots.isEmpty() || !r.infixes.isEmpty()
                        || !r.phrases.isEmpty() || !r.nears.isEmpty() || !r.counts.isEmpty() || !r.detectors.isEmpty()) {
                    throw new IllegalArgumentException(r.origin + ": rule " + r.id
                            + " has given= and so no entries of its own");
                }
                givenList.add(idx);
            }
            for (String w : r.words) {
                lemmas.add(Normalize.word(lemmaOf(w)));
            }
            fb.mark(r.origin, r.words, r.forms, hits, idx);
            for (String root : r.roots) {
                rootTrie.put(Normalize.word(root), idx);
            }
            for (String inf : r.infixes) {
                infixTrie.put(Normalize.word(inf), idx);
            }
            for (int pi = 0; pi < r.phrases.size(); pi++) {
                List<String> phrase = r.phrases.get(pi);
                int node = 0;
                for (String el : phrase) {
                    int tag = phraseElement(el, r, spec, fb, tagIds);
                    if (node != 0) {
                        continuing.add(tag);
                    }
                    long key = ((long) node << 32) | (tag & 0xffffffffL);
                    int child = next.get(key, -1);
                    if (child < 0) {
                        child = nodeRule.size();
                        nodeRule.add(-1);
                        next.put(key, child);
                    }
                    node = child;
                }
                int owner = nodeRule.get(node);
                if (owner < 0) {
                    nodeRule.set(node, idx);
                } else if (owner != idx) {
                    // a phrase ends in one rule only: a second rule listing it would never fire
                    String at = pi < r.phraseOrigins.size() ? r.phraseOrigins.get(pi) : r.origin;
                    throw new IllegalArgumentException(at + ": phrase '" + String.join(" ", phrase)
                            + "' of rule " + r.id + " is already rule " + ruleList.get(owner).id() + "'s");
                }
            }
            for (LexiconSpec.Near n : r.nears) {
                nearList.add(new NearRule(classTag(n.first(), r, spec, tagIds), classTag(n.second(), r, spec, tagIds),
                        n.window(), idx));
            }
            for (LexiconSpec.Count c : r.counts) {
                countList.add(new CountRule(classTag(c.wordClass(), r, spec, tagIds), c.min(), c.window(), idx));
            }
            for (LexiconSpec.Detector d : r.detectors) {
                detectorList.add(new DetectorRule(d.kind().toLowerCase(Locale.ROOT), d.arg(), idx));
            }
        }

        CharTrie prefixTrie = new CharTrie();
        for (String p : spec.prefixes) {
            String n = Normalize.word(p);
            char last = n.charAt(n.length() - 1);
            prefixTrie.put(n, "аеиоуыэюяъь".indexOf(last) >= 0 ? 0 : 1);
        }

        Set<String> allowSet = new HashSet<>();
        for (String a : spec.allow) {
            allowSet.add(Normalize.word(a));
        }

        this.rules = List.copyOf(ruleList);
        this.forms = new FormTable(formIndex);
        int n = formIndex.size();
        this.formRules = new int[n][];
        this.formTags = new int[n][];
        CharTrie flagged = new CharTrie();
        for (Map.Entry<String, Integer> e : formIndex.entrySet()) {
            int i = e.getValue();
            formRules[i] = toArray(hits.get(i));
            formTags[i] = toArray(tags.get(i));
            // Masks hide мат, insults and slurs; resolving "м*ма" to a spam word would only invent matches.
            boolean maskable = false;
            for (int r : formRules[i]) {
                maskable |= ruleList.get(r).category() != Category.SPAM;
            }
            if (maskable) {
                flagged.put(e.getKey(), i);
            }
        }
        this.flaggedForms = flagged;
        this.prefixes = prefixTrie;
        this.roots = rootTrie;
        this.infixes = infixTrie;
        this.allow = Collections.unmodifiableSet(allowSet);
        this.flaggedLemmas = Collections.unmodifiableSet(lemmas);
        this.nears = List.copyOf(nearList);
        this.detectors = List.copyOf(detectorList);
        this.counts = List.copyOf(countList);
        if (givenList.size() > 31) {
            throw new IllegalArgumentException("at most 31 rules with given= (the verdict keeps them in one int)");
        }
        this.givenRules = givenList.stream().mapToInt(Integer::intValue).toArray();
        Map<String, List<String>> h = new LinkedHashMap<>();
        spec.lists.forEach((k, v) -> h.put(k, List.copyOf(v)));
        this.lists = Collections.unmodifiableMap(h);
        this.phraseNext = next;
        this.phraseFirst = new int[tagIds.size() + 1]; // tag ids count from 1
        for (int tag = 0; tag < phraseFirst.length; tag++) {
            phraseFirst[tag] = next.get(tag & 0xffffffffL, -1);
        }
        this.phraseContinues = new boolean[phraseFirst.length];
        for (int tag : continuing) {
            phraseContinues[tag] = true;
        }
        this.phraseRule = nodeRule.stream().mapToInt(Integer::intValue).toArray();
        this.phraseNodes = phraseRule.length;
        this.fillerTag = spec.classes.containsKey(FILLER) ? tagIds.get(FILLER) : -1;
    }

    /** The reserved class of interjections phrases read through. */
    public static final String FILLER = "@filler";

    /** Phrase automaton step: the node after {@code node} on a word carrying {@code tag}, or -1. */
    public int phraseStep(int node, int tag) {
        if (tag < 0 || tag >= phraseFirst.length) {
            return -1;
        }
        if (node == 0) {
            return phraseFirst[tag];
        }
        if (!phraseContinues[tag]) {
            return -1;
        }
        return phraseNext.get(((long) node << 32) | (tag & 0xffffffffL), -1);
    }

    /** Rule completed at phrase node {@code node}, or -1. */
    public int phraseRuleAt(int node) {
        return phraseRule[node];
    }

    public boolean hasPhrases() {
        return phraseNodes > 1;
    }

    public int formCount() {
        return formRules.length;
    }

    /** The lemma of a {@code word} entry, without the model of {@code lemma:model}. */
    private static String lemmaOf(String word) {
        int colon = word.indexOf(':');
        return colon < 0 ? word : word.substring(0, colon);
    }

    private static String defaultTerm(LexiconSpec.Rule r) {
        if (!r.words.isEmpty()) return Normalize.word(lemmaOf(r.words.get(0)));
        if (!r.forms.isEmpty()) return Normalize.word(r.forms.get(0));
        if (!r.roots.isEmpty()) return Normalize.word(r.roots.get(0));
        if (!r.infixes.isEmpty()) return Normalize.word(r.infixes.get(0));
        if (!r.phrases.isEmpty()) return String.join(" ", r.phrases.get(0));
        return r.id;
    }

    /** Word forms being collected: form → entry index, and per entry the rules and tags marking it. */
    private static final class Forms {
        final Map<String, Integer> index = new LinkedHashMap<>();
        final List<Set<Integer>> hits = new ArrayList<>();
        final List<Set<Integer>> tags = new ArrayList<>();
        private final Map<String, Set<String>> expansions = new HashMap<>();
        private final Morphology morph;

        Forms(Morphology morph) {
            this.morph = morph;
        }

        int entry(String form) {
            Integer i = index.get(form);
            if (i == null) {
                i = index.size();
                index.put(form, i);
                hits.add(new LinkedHashSet<>());
                tags.add(new LinkedHashSet<>());
            }
            return i;
        }

        Set<String> expand(String lemma) {
            return expansions.computeIfAbsent(lemma, w -> {
                String l = lemmaOf(w);
                return l.length() == w.length() ? morph.forms(w) : morph.formsLike(l, w.substring(l.length() + 1));
            });
        }

        /** Marks every form of {@code lemmas} and each of {@code exact} with {@code id} in {@code marks} (hits or tags). */
        void mark(String origin, List<String> lemmas, List<String> exact, List<Set<Integer>> marks, int id) {
            for (String w : lemmas) {
                Set<String> forms;
                try {
                    forms = expand(w);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(origin + ": " + e.getMessage(), e);
                }
                for (String f : forms) {
                    marks.get(entry(f)).add(id);
                }
            }
            for (String f : exact) {
                marks.get(entry(Normalize.word(f))).add(id);
            }
        }
    }

    /** A class's own words and forms and those of the classes it includes, transitively. */
    private static void collect(LexiconSpec.WordClass wc, LexiconSpec spec, List<String> words, List<String> forms,
            Set<String> seen) {
        if (!seen.add(wc.name)) {
            throw new IllegalArgumentException(wc.origin + ": class " + wc.name + " includes itself");
        }
        words.addAll(wc.words);
        forms.addAll(wc.forms);
        for (String name : wc.includes) {
            LexiconSpec.WordClass other = spec.classes.get(name);
            if (other == null) {
                throw new IllegalArgumentException(wc.origin + ": unknown class " + name + " in include");
            }
            collect(other, spec, words, forms, seen);
        }
        seen.remove(wc.name);
    }

    private static int tagId(Map<String, Integer> tagIds, String name) {
        return tagIds.computeIfAbsent(name, k -> tagIds.size() + 1);
    }

    /** The rules named in {@code with=} or {@code without=}: of the same category (weights add up within one category only). */
    private static int[] namedRules(LexiconSpec.Rule r, List<String> names, String key, LexiconSpec spec,
            Map<String, Integer> ruleIds) {
        int[] out = new int[names.size()];
        for (int i = 0; i < out.length; i++) {
            Integer w = ruleIds.get(names.get(i));
            if (w == null || spec.rules.get(w).category != r.category || names.get(i).equals(r.id)) {
                throw new IllegalArgumentException(r.origin + ": " + key + "= names no other rule of " + r.category + ": "
                        + names.get(i) + " in rule " + r.id);
            }
            out[i] = w;
        }
        return out;
    }

    private static int classTag(String name, LexiconSpec.Rule r, LexiconSpec spec, Map<String, Integer> tagIds) {
        if (!spec.classes.containsKey(name)) {
            throw new IllegalArgumentException(r.origin + ": unknown class " + name + " in rule " + r.id);
        }
        return tagId(tagIds, name);
    }

    /** A phrase element: {@code @class}, {@code =form} (that form only) or a lemma (all its forms). */
    private static int phraseElement(String el, LexiconSpec.Rule r, LexiconSpec spec, Forms fb, Map<String, Integer> tagIds) {
        if (el.startsWith("@")) {
            return classTag(el, r, spec, tagIds);
        }
        boolean exact = el.startsWith("=");
        String word = exact ? el.substring(1) : el;
        int tag = tagId(tagIds, (exact ? "=" : "~") + Normalize.word(word));
        fb.mark(r.origin, exact ? List.of() : List.of(word), exact ? List.of(word) : List.of(), fb.tags, tag);
        return tag;
    }

    private static int[] toArray(Set<Integer> s) {
        if (s.isEmpty()) {
            return NO_INTS;
        }
        int[] a = new int[s.size()];
        int i = 0;
        for (int v : s) {
            a[i++] = v;
        }
        return a;
    }
}
