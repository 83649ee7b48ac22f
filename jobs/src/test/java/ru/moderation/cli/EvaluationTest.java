package ru.moderation.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ru.moderation.classify.Classifier;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {

    @Test
    void everyRowCountsForEveryCategoryWhateverTheOrder(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("set.tsv");
        Files.writeString(tsv, String.join("\n",
                "clean\tКогда починят дорогу на Ленина?",
                "clean\tСпасибо за новую площадку",
                "threat\tЯ тебя убью",
                "obscene\tиди нахуй",
                "clean\tВ среду отключат горячую воду") + "\n", StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Evaluation.run(Classifier.defaultRussian(), List.of(tsv.toString()), true,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        // THREAT: 1 TP, 0 FP, 0 FN and the 4 other rows as TN, although two of them come before it
        assertTrue(out.matches("(?s).*\\n  THREAT +1 +0 +0 +4 .*"), out);
        assertTrue(out.matches("(?s).*\\n  OBSCENITY +1 +0 +0 +4 .*"), out);
        assertTrue(!out.contains("SPAM"), out);
    }
}
