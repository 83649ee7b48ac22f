package ru.moderation.classify;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import ru.moderation.lexicon.CompiledLexicon;
import ru.moderation.lexicon.Morphology;
import ru.moderation.lexicon.Normalize;

/**
 * Review tool: every word of the morphological dictionary that contains an obscene root, grouped by
 * lemma, i.e. the words the classifier excuses as ordinary. Read the list after editing roots: an
 * obscene lemma in it must be added as a {@code word}.
 * <pre>mvn -q -pl dictionaries test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=ru.moderation.classify.ExcusedWords</pre>
 */
public final class ExcusedWords {
    public static void main(String[] args) throws Exception {
        Map<String, TreeSet<String>> byLemma = excused(Classifier.defaultRussian());
        byLemma.forEach((lemma, words) -> System.out.println(lemma + "\t" + words));
        System.out.println(byLemma.size() + " lemmas excused");
    }

    /** lemma → its forms that contain a root; only lemmas that are not flagged themselves. */
    static Map<String, TreeSet<String>> excused(Classifier c) throws Exception {
        CompiledLexicon lex = c.lexicon();
        Dictionary d = Dictionary.read(ExcusedWords.class.getResource("/org/languagetool/resource/ru/russian.dict"));
        DictionaryLookup lookup = new DictionaryLookup(d);
        WordMatcher wm = new WordMatcher(lex, Morphology.load());
        Charset koi = Charset.forName("KOI8-R");
        Map<String, TreeSet<String>> out = new TreeMap<>();
        TreeSet<String> seen = new TreeSet<>();
        for (ByteBuffer bb : d.fsa) {
            String entry = new String(bb.array(), bb.position(), bb.remaining(), koi);
            int sep = entry.indexOf('+');
            if (sep <= 0) continue;
            String word = Normalize.word(entry.substring(0, sep));
            if (word.length() > WordMatcher.MAX_WORD || !seen.add(word)) continue;
            char[] w = word.toCharArray();
            if (wm.rootScan(w, w.length, true) < 0) continue;
            for (String lemma : Morphology.lemmas(lookup, word)) {
                if (!lex.flaggedLemmas.contains(lemma)) {
                    out.computeIfAbsent(lemma, k -> new TreeSet<>()).add(word);
                }
            }
        }
        return out;
    }
}
