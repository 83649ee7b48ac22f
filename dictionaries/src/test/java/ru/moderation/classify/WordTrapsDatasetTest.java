package ru.moderation.classify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The hard targets on {@code shared/datasets/word_traps.tsv}: no clean word flagged, every
 * obscene word caught. The data is read in place (never copied into the repo); the test is skipped
 * when the directory is absent.
 */
@DisplayName("Dataset word_traps.tsv: no clean word flagged, every obscene word caught")
class WordTrapsDatasetTest {

    /** Walks up from the working directory until a {@code shared/datasets} directory is found. */
    static Path datasets() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path candidate = d.resolve("shared").resolve("datasets");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    static List<String[]> rows(String file) throws IOException {
        Path dir = datasets();
        assumeTrue(dir != null, "shared/datasets not found above " + System.getProperty("user.dir"));
        Path f = dir.resolve(file);
        assumeTrue(Files.isRegularFile(f), f + " is absent");
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                out.add(new String[] {line.substring(0, tab), line.substring(tab + 1)});
            }
        }
        assumeTrue(!out.isEmpty(), f + " has no rows");
        return out;
    }

    @TestFactory
    @DisplayName("clean words: no category")
    Stream<DynamicTest> cleanWordsAreNotFlagged() throws IOException {
        List<String[]> rows = rows("word_traps.tsv");
        assertTrue(rows.stream().anyMatch(r -> r[0].equals("clean")), "no clean rows");
        return rows.stream().filter(r -> r[0].equals("clean")).map(r -> DynamicTest.dynamicTest("clean: " + r[1], () -> {
            Verdict v = Checks.classify(r[1]);
            assertTrue(v.isClean(), () -> "flagged clean word «" + r[1] + "»: " + Checks.describe(r[1], v));
        }));
    }

    @TestFactory
    @DisplayName("obscene words: at least one category")
    Stream<DynamicTest> obsceneWordsAreCaught() throws IOException {
        List<String[]> rows = rows("word_traps.tsv");
        assertTrue(rows.stream().anyMatch(r -> r[0].equals("obscene")), "no obscene rows");
        return rows.stream().filter(r -> r[0].equals("obscene")).map(r -> DynamicTest.dynamicTest("obscene: " + r[1], () -> {
            Verdict v = Checks.classify(r[1]);
            assertFalse(v.categories().isEmpty(), () -> "missed obscene word «" + r[1] + "»");
        }));
    }
}
