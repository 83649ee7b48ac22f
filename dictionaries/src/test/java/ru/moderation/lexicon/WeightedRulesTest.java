package ru.moderation.lexicon;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.moderation.classify.Category;

@DisplayName("Weighted (spam) rules: one word is one signal")
class WeightedRulesTest {

    @Test
    @DisplayName("no word or form is listed in two spam rules, so a single word never counts twice")
    void noWordInTwoSpamRules() {
        LexiconSpec spec = LexiconLoader.fromClasspath();
        Map<String, String> owner = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (LexiconSpec.Rule r : spec.rules) {
            if (r.category != Category.SPAM) {
                continue;
            }
            List<String> all = new ArrayList<>(r.words);
            all.addAll(r.forms);
            for (String w : all) {
                String prev = owner.putIfAbsent(w, r.id);
                if (prev != null && !prev.equals(r.id)) {
                    twice.add(w + " in " + prev + " and " + r.id);
                }
            }
        }
        assertTrue(twice.isEmpty(), () -> "listed in two spam rules: " + twice);
    }
}
