package ru.moderation.bench;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ClassifierBenchmark} and prints the figures the README records: comments/s on short
 * chat messages and MB/s (UTF-8) on long comments and hostile inputs. Pin it to one core with
 * {@code taskset -c 0}; see the README for the command.
 */
public final class ClassifierBench {
    public static void main(String[] args) throws Exception {
        String include = args.length > 0 ? args[0] : ClassifierBenchmark.class.getSimpleName();
        Options opt = new OptionsBuilder().include(include).build();
        Collection<RunResult> results = new Runner(opt).run();

        ClassifierBenchmark inputs = new ClassifierBenchmark();
        inputs.setup();
        System.out.println();
        System.out.println("== classifier, one thread ==");
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            double score = r.getPrimaryResult().getScore();
            double err = r.getPrimaryResult().getScoreError();
            switch (name) {
                case "shortChatMessages" -> System.out.printf(Locale.ROOT,
                        "short chat messages (chat_mat.tsv, %d rows): %,.0f comments/s (± %,.0f)%n",
                        ClassifierBenchmark.CHAT_ROWS, score, err);
                case "longCommentsPass" -> report("long comments (ru_2ch_pikabu_toxic.tsv, "
                        + inputs.longComments.length + " rows)", Corpus.utf8Bytes(inputs.longComments), score,
                        inputs.longComments.length);
                case "municipalCommentsPass" -> report("municipal comments (eval/municipal_review_*.tsv, "
                        + inputs.municipal.length + " rows)", Corpus.utf8Bytes(inputs.municipal), score,
                        inputs.municipal.length);
                case "tenMegabyteComment" -> report("one 10 MB comment", bytes(inputs.tenMegabytes), score, 1);
                case "millionAsterisks" -> report("1,000,000 asterisks", bytes(inputs.asterisks), score, 1);
                case "hundredThousandSpacedLetters" -> report("100,000 letters separated by spaces",
                        bytes(inputs.spacedLetters), score, 1);
                default -> System.out.printf(Locale.ROOT, "%s: %.3f%n", name, score);
            }
        }
    }

    private static long bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static void report(String what, long bytes, double msPerPass, int comments) {
        double seconds = msPerPass / 1000.0;
        System.out.printf(Locale.ROOT, "%s: %.1f ms per pass, %.1f MB/s, %,.0f comments/s%n", what, msPerPass,
                bytes / 1e6 / seconds, comments / seconds);
    }
}
