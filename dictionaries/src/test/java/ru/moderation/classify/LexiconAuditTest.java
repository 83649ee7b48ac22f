package ru.moderation.classify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import ru.moderation.lexicon.Morphology;

/**
 * The morphological excuse lets through every word the dictionary knows with an unflagged lemma, so
 * an obscene lemma the dictionary knows must be a flagged {@code word}. For lemmas the dictionary
 * knows, every form it generates must be flagged (the forms come from the synthesizer, a different
 * path from the classifier's lookup).
 */
@DisplayName("Obscene and insulting lemmas the dictionary knows are flagged in all their forms")
class LexiconAuditTest {
    private static final Morphology MORPH = Morphology.load();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"хуй", "блядь", "мудак", "мудила", "залупа", "гондон", "жопа", "говно", "дерьмо", "сука",
        "шлюха", "пидор", "педераст", "хер", "дрочить", "срать", "ссать", "идиот", "дебил", "ублюдок", "мразь",
        "уродец", "блядский", "выблядок", "засранец", "говнюк"})
    void everyFormIsFlagged(String lemma) {
        List<String> missed = new ArrayList<>();
        for (String form : MORPH.forms(lemma)) {
            if (Checks.CLASSIFIER.classify(form).isClean()) {
                missed.add(form);
            }
        }
        assertTrue(missed.isEmpty(), lemma + ": forms not flagged " + missed);
    }
}
