package ru.moderation.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The tables that answer "certainly not" before a look-up (a bit per form hash, the first letters of
 * trie keys) only speed things up: they must never rule out a key that is there.
 */
@DisplayName("look-up filters never rule out a listed key")
class LookupFiltersTest {

    @Test
    @DisplayName("every key of a trie may start where it stands, inside a word or at its end")
    void trieKeysPassTheirFilter() {
        CharTrie t = new CharTrie();
        List<String> keys = List.of("еб", "хуй", "пизд", "бля", "ж", "xyz", "ёж", "мудак");
        for (int i = 0; i < keys.size(); i++) {
            t.put(keys.get(i), i);
        }
        for (String k : keys) {
            for (String around : new String[] {"", "по", "вы"}) {
                for (String after : new String[] {"", "а", "ять"}) {
                    char[] w = (around + k + after).toCharArray();
                    assertTrue(t.mayStart(w, around.length(), w.length), k + " in " + new String(w));
                }
            }
        }
    }

    @Test
    @DisplayName("every root and infix of the built-in lexicon passes its trie's filter")
    void builtInKeysPassTheirFilter() {
        CompiledLexicon lex = ru.moderation.classify.Classifier.defaultRussian().lexicon();
        int checked = 0;
        for (CharTrie t : new CharTrie[] {lex.roots, lex.infixes}) {
            for (String k : t.keys()) {
                char[] w = ("за" + k + "ный").toCharArray();
                assertTrue(t.mayStart(w, 2, w.length), k);
                char[] alone = k.toCharArray();
                assertTrue(t.mayStart(alone, 0, alone.length), k);
                checked++;
            }
        }
        assertTrue(checked > 50, "the lexicon has its roots and infixes");
    }

    @Test
    @DisplayName("letters no key starts with are ruled out, which is what makes the filter worth having")
    void otherLettersAreRuledOut() {
        CharTrie t = new CharTrie();
        t.put("пизд", 0);
        t.put("еб", 1);
        char[] w = "дорога".toCharArray();
        for (int p = 0; p < w.length; p++) {
            assertFalse(t.mayStart(w, p, w.length), "at " + p);
        }
        char[] pi = "пиво".toCharArray();
        assertFalse(t.mayStart(pi, 0, pi.length), "пив is no start of пизд");
        char[] end = "хлеб".toCharArray();
        assertTrue(t.mayStart(end, 2, end.length), "еб at the end of a word");
        char[] last = "сте".toCharArray();
        assertFalse(t.mayStart(last, 2, last.length), "a two-letter key cannot start at the last letter");
    }

    @Test
    @DisplayName("every listed form is found through the form table's bit filter, and no other word")
    void everyFormIsFound() {
        Map<String, Integer> forms = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            forms.put("слово" + i, i);
        }
        FormTable table = new FormTable(forms);
        forms.forEach((k, v) -> assertEquals(v, table.find(k.toCharArray(), 0, k.length()), k));
        int found = 0;
        for (int i = 20_000; i < 40_000; i++) {
            char[] w = ("слово" + i).toCharArray();
            found += table.find(w, 0, w.length) >= 0 ? 1 : 0;
        }
        assertEquals(0, found, "a word that is not listed is never found");
    }
}
