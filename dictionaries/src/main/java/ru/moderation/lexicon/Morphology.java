package ru.moderation.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import morfologik.fsa.FSA;
import morfologik.fsa.FSATraversal;
import morfologik.fsa.MatchResult;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Russian morphology from LanguageTool's morfologik dictionaries (derived from AOT): the tagger maps
 * a word form to its lemmas, the synthesizer maps lemma + tag to a form. Immutable and shareable;
 * the lookups it hands out are not thread-safe, so each thread makes its own with {@link #newTagger}.
 */
public final class Morphology {
    private static final String BASE = "/org/languagetool/resource/ru/";
    private static final Charset KOI8 = Charset.forName("KOI8-R");

    private final Dictionary tagger;
    private final Dictionary synth;

    private Morphology(Dictionary tagger, Dictionary synth) {
        this.tagger = tagger;
        this.synth = synth;
    }

    public static Morphology load() {
        try {
            URL t = Morphology.class.getResource(BASE + "russian.dict");
            URL s = Morphology.class.getResource(BASE + "russian_synth.dict");
            if (t == null || s == null) {
                throw new IllegalStateException("LanguageTool Russian dictionaries (org.languagetool:language-ru) not on the class path");
            }
            return new Morphology(Dictionary.read(t), Dictionary.read(s));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public DictionaryLookup newTagger() {
        return new DictionaryLookup(tagger);
    }

    /**
     * Every form of {@code lemma} the dictionary can generate, lower case with ё folded to е,
     * the lemma itself included. Unknown lemmas give just themselves. Walks the synthesizer's FSA
     * below {@code lemma|} so the cost is the number of forms, not the number of tags.
     */
    public Set<String> forms(String lemma) {
        Set<String> out = new LinkedHashSet<>();
        out.add(Normalize.word(lemma));
        String[] spellings = lemma.indexOf('е') >= 0 || lemma.indexOf('ё') >= 0
                ? new String[] {lemma, lemma.replace('ё', 'е')}
                : new String[] {lemma};
        DictionaryLookup lookup = new DictionaryLookup(synth);
        for (String spelling : spellings) {
            FSA fsa = synth.fsa;
            byte[] prefix = (spelling + "|").getBytes(KOI8);
            MatchResult m = new FSATraversal(fsa).match(prefix);
            if (m.kind != MatchResult.SEQUENCE_IS_A_PREFIX) {
                continue;
            }
            for (ByteBuffer seq : fsa.getSequences(m.node)) {
                int end = seq.position();
                while (end < seq.limit() && seq.get(end) != '+') {
                    end++;
                }
                String tag = new String(seq.array(), seq.position(), end - seq.position(), KOI8);
                for (WordData wd : lookup.lookup(spelling + "|" + tag)) {
                    out.add(Normalize.word(wd.getStem().toString()));
                }
            }
        }
        return out;
    }

    /**
     * The forms of {@code lemma}, a word the dictionary does not know, made from those of {@code model}, a
     * known word with the same ending: the part of the model before the ending they share is replaced by
     * the lemma's (мудак like чудак: чудака → мудака; уёбок like щенок: щенка → уебка, the fleeting vowel
     * included). The lemma itself is always among them.
     */
    public Set<String> formsLike(String lemma, String model) {
        String l = Normalize.word(lemma);
        String m = Normalize.word(model);
        int shared = 0;
        while (shared < l.length() && shared < m.length()
                && l.charAt(l.length() - 1 - shared) == m.charAt(m.length() - 1 - shared)) {
            shared++;
        }
        if (shared < 2 || shared == m.length() && shared == l.length()) {
            throw new IllegalArgumentException(lemma + ":" + model + ": the model must end like the lemma (at least two letters)");
        }
        Set<String> modelForms = forms(model);
        if (modelForms.size() < 2) {
            throw new IllegalArgumentException(lemma + ":" + model + ": the morphological dictionary does not know " + model);
        }
        String modelStem = m.substring(0, m.length() - shared);
        String stem = l.substring(0, l.length() - shared);
        Set<String> out = new LinkedHashSet<>();
        out.add(l);
        for (String f : modelForms) {
            if (f.startsWith(modelStem)) {
                out.add(stem + f.substring(modelStem.length()));
            }
        }
        return out;
    }

    /** Lemmas of a (folded, lower-case) word form; empty when the dictionary does not know it. */
    public static Set<String> lemmas(DictionaryLookup tagger, CharSequence word) {
        List<WordData> data = tagger.lookup(word);
        if (data.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (WordData wd : data) {
            out.add(Normalize.word(wd.getStem().toString()));
        }
        return out;
    }
}
