package ru.moderation.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Benchmark inputs: texts of a labelled TSV from ../shared/datasets (evaluation data, read in place). */
final class Corpus {
    private Corpus() {}

    static Path datasets() {
        Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (int i = 0; i < 4 && p != null; i++, p = p.getParent()) {
            Path d = p.resolveSibling("shared").resolve("datasets");
            if (Files.isDirectory(d)) {
                return d;
            }
        }
        throw new IllegalStateException("../shared/datasets not found from " + System.getProperty("user.dir")
                + " (the benchmarks measure on the evaluation sets; run them where the sets are)");
    }

    static String[] texts(String file) {
        return texts(List.of(datasets().resolve(file)));
    }

    /**
     * The municipal review sets of this module ({@code eval/municipal_review_*.tsv}): comments of the kind the
     * job moderates, with addresses, house and route numbers, phones and prices.
     */
    static String[] municipalReviewSets() {
        Path eval = Path.of(System.getProperty("user.dir")).toAbsolutePath().resolve("eval");
        try (var files = Files.list(eval)) {
            return texts(files.filter(f -> f.getFileName().toString().matches("municipal_review_\\d+\\.tsv")).sorted().toList());
        } catch (IOException e) {
            throw new IllegalStateException("no review sets in " + eval + " (run from dictionaries/)", e);
        }
    }

    private static String[] texts(List<Path> files) {
        try {
            List<String> out = new ArrayList<>();
            for (Path file : files) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    int tab = line.indexOf('\t');
                    if (tab >= 0) {
                        out.add(line.substring(tab + 1));
                    }
                }
            }
            return out.toArray(new String[0]);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static long utf8Bytes(String[] texts) {
        long n = 0;
        for (String t : texts) {
            n += t.getBytes(StandardCharsets.UTF_8).length;
        }
        return n;
    }
}
