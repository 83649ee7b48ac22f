package ru.moderation.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ru.moderation.classify.Category;
import ru.moderation.classify.Classifier;
import ru.moderation.classify.Verdict;

/**
 * {@code classify --evaluate FILE...}: precision, recall and F1 per category on TSV files
 * ({@code label<TAB>text}, labels may be a comma list). Labels map to categories by name
 * ({@code obscene}, {@code insult}, {@code hate}, {@code threat}, {@code spam}); {@code toxic},
 * {@code abusive} and {@code strong} mean "any category"; {@code clean} is negative; {@code mild}
 * (borderline) rows are left out; any other label (a topic) gets a flag rate.
 *
 * <p>Anonymised datasets replace handles, links and phones with placeholders ({@code [USERNAME]},
 * {@code [LINK]}, {@code [PHONE]}); they are turned back into values of the same kind before
 * classifying, because the classifier sees real handles and links in production.
 */
final class Evaluation {
    static final Map<String, String> PLACEHOLDERS = Map.of(
            "[USERNAME]", "@example_user",
            "[LINK]", "https://example.com/page",
            "[PHONE]", "+7 900 000-00-00",
            "[EMAIL]", "user@example.com",
            "[CURRENCY]", "₽",
            "[HASHTAG]", "#tag",
            "[TIME]", "12:00",
            "[DATE]", "01.01.2025");

    private Evaluation() {}

    private static final class Counts {
        int tp;
        int fp;
        int fn;
        int tn;
        final List<String> fps = new ArrayList<>();
        final List<String> fns = new ArrayList<>();
    }

    static int run(Classifier classifier, List<String> files, boolean placeholders, PrintStream out) throws IOException {
        int errorsToShow = Integer.getInteger("evaluate.errors", 0);
        // -Devaluate.categories=INSULT,HATE scores "any category" over a subset of categories only
        Set<Category> counted = java.util.EnumSet.allOf(Category.class);
        String only = System.getProperty("evaluate.categories");
        if (only != null && !only.isBlank()) {
            counted.clear();
            for (String c : only.split(",")) counted.add(Category.valueOf(c.trim().toUpperCase(Locale.ROOT)));
        }
        for (String file : files) {
            Path p = Path.of(file);
            if (!Files.exists(p)) {
                out.println(file + ": not found, skipped");
                continue;
            }
            Map<Category, Counts> byCat = new EnumMap<>(Category.class);
            Counts any = new Counts();
            Map<String, int[]> topics = new LinkedHashMap<>();
            int rows = 0;
            int skipped = 0;
            long chars = 0;
            long nanos = 0;
            try (InputStream is = Files.newInputStream(p); LineReader in = new LineReader(is)) {
                String line;
                while ((line = in.next()) != null) {
                    int tab = line.indexOf('\t');
                    if (tab < 0) {
                        skipped++;
                        continue;
                    }
                    String text = line.substring(tab + 1);
                    if (placeholders) {
                        for (Map.Entry<String, String> e : PLACEHOLDERS.entrySet()) {
                            if (text.indexOf('[') >= 0) {
                                text = text.replace(e.getKey(), e.getValue());
                            }
                        }
                    }
                    long t0 = System.nanoTime();
                    Verdict v = classifier.classify(text);
                    nanos += System.nanoTime() - t0;
                    chars += text.length();
                    rows++;
                    boolean clean = true;
                    boolean mild = false;
                    boolean anyLabel = false;
                    Set<Category> truth = java.util.EnumSet.noneOf(Category.class);
                    for (String label : line.substring(0, tab).split(",")) {
                        String l = label.trim().toLowerCase(Locale.ROOT);
                        switch (l) {
                            case "clean" -> { }
                            case "mild" -> mild = true;
                            case "toxic", "abusive", "strong" -> { anyLabel = true; clean = false; }
                            case "obscene", "obscenity" -> { truth.add(Category.OBSCENITY); clean = false; }
                            case "insult" -> { truth.add(Category.INSULT); clean = false; }
                            case "hate" -> { truth.add(Category.HATE); clean = false; }
                            case "threat" -> { truth.add(Category.THREAT); clean = false; }
                            case "spam" -> { truth.add(Category.SPAM); clean = false; }
                            default -> {
                                int[] t = topics.computeIfAbsent(l, k -> new int[2]);
                                t[0]++;
                                if (!v.isClean()) t[1]++;
                                clean = false;
                                mild = true; // a topic is not a verdict: no precision/recall for it
                            }
                        }
                    }
                    if (mild && truth.isEmpty() && !anyLabel) {
                        continue;
                    }
                    for (Category c : Category.values()) {
                        boolean pos = truth.contains(c);
                        boolean pred = v.categories().contains(c);
                        // every row counts for every category, so TN is right whatever the row order
                        tally(byCat.computeIfAbsent(c, k -> new Counts()), pos, pred, text, errorsToShow);
                    }
                    boolean anyPredicted = false;
                    for (Category c : v.categories()) anyPredicted |= counted.contains(c);
                    tally(any, !clean, anyPredicted, text + "  " + v.categories(), errorsToShow);
                }
            }
            out.printf(Locale.ROOT, "%s: %d rows%s, %.0f comments/s in this single-threaded loop%n", file, rows,
                    skipped > 0 ? " (" + skipped + " without a tab skipped)" : "", rows / (nanos / 1e9));
            out.printf(Locale.ROOT, "  %-10s %6s %6s %6s %6s  %9s %6s %6s%n", "category", "TP", "FP", "FN", "TN",
                    "precision", "recall", "F1");
            for (Map.Entry<Category, Counts> e : byCat.entrySet()) {
                Counts c = e.getValue();
                if (c.tp + c.fn + c.fp == 0) {
                    continue; // neither labelled nor flagged in this file
                }
                if (c.tp + c.fn == 0) {
                    out.printf(Locale.ROOT, "  %-10s %6d %6d %6s %6s  (no rows labelled %s; flagged %d)%n",
                            e.getKey(), c.tp, c.fp, "-", "-", e.getKey(), c.fp);
                    continue;
                }
                line(out, e.getKey().name(), c);
            }
            if (any.tp + any.fp + any.fn + any.tn > 0) {
                line(out, "ANY", any);
            }
            for (Map.Entry<String, int[]> t : topics.entrySet()) {
                out.printf(Locale.ROOT, "  topic %-20s %5d rows, flagged %5d (%.1f%%)%n", t.getKey(), t.getValue()[0],
                        t.getValue()[1], 100.0 * t.getValue()[1] / t.getValue()[0]);
            }
            if (errorsToShow > 0) {
                for (Map.Entry<Category, Counts> e : byCat.entrySet()) {
                    for (String s : e.getValue().fps) out.println("  FP " + e.getKey() + ": " + s);
                    for (String s : e.getValue().fns) out.println("  FN " + e.getKey() + ": " + s);
                }
                for (String s : any.fps) out.println("  FP ANY: " + s);
                for (String s : any.fns) out.println("  FN ANY: " + s);
            }
        }
        return 0;
    }

    private static void tally(Counts c, boolean pos, boolean pred, String text, int keep) {
        if (pos && pred) c.tp++;
        else if (!pos && pred) { c.fp++; if (c.fps.size() < keep) c.fps.add(text); }
        else if (pos) { c.fn++; if (c.fns.size() < keep) c.fns.add(text); }
        else c.tn++;
    }

    private static void line(PrintStream out, String name, Counts c) {
        double p = c.tp + c.fp == 0 ? 1.0 : (double) c.tp / (c.tp + c.fp);
        double r = c.tp + c.fn == 0 ? 1.0 : (double) c.tp / (c.tp + c.fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        out.printf(Locale.ROOT, "  %-10s %6d %6d %6d %6d  %9.3f %6.3f %6.3f%n", name, c.tp, c.fp, c.fn, c.tn, p, r, f);
    }
}
