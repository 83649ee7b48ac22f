package ru.moderation.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import ru.moderation.classify.Classifier;

/**
 * Classifier throughput on one thread. Short chat messages are counted per comment; the long 2ch
 * comments and the hostile inputs are timed per pass so {@link ClassifierBench} can turn them into MB/s.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
public class ClassifierBenchmark {
    static final int CHAT_ROWS = 905;

    Classifier classifier;
    String[] chat;
    String[] longComments;
    String[] municipal;
    String tenMegabytes;
    String asterisks;
    String spacedLetters;

    @Setup(Level.Trial)
    public void setup() {
        classifier = Classifier.defaultRussian();
        chat = Corpus.texts("chat_mat.tsv");
        if (chat.length != CHAT_ROWS) {
            throw new IllegalStateException("chat_mat.tsv has " + chat.length + " rows, the benchmark expects " + CHAT_ROWS);
        }
        longComments = Corpus.texts("ru_2ch_pikabu_toxic.tsv");
        municipal = Corpus.municipalReviewSets();
        StringBuilder b = new StringBuilder(10_500_000);
        for (int i = 0; b.length() < 10_000_000; i = (i + 1) % longComments.length) {
            b.append(longComments[i]).append(' ');
        }
        tenMegabytes = b.toString();
        asterisks = "*".repeat(1_000_000);
        StringBuilder s = new StringBuilder(200_000);
        for (int i = 0; i < 100_000; i++) {
            s.append("абвгдежзиклмнопрстуфхцчшщэюя".charAt(i % 28)).append(' ');
        }
        spacedLetters = s.toString();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(CHAT_ROWS)
    public void shortChatMessages(Blackhole bh) {
        for (String t : chat) {
            bh.consume(classifier.classify(t));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void longCommentsPass(Blackhole bh) {
        for (String t : longComments) {
            bh.consume(classifier.classify(t));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void municipalCommentsPass(Blackhole bh) {
        for (String t : municipal) {
            bh.consume(classifier.classify(t));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object tenMegabyteComment() {
        return classifier.classify(tenMegabytes);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object millionAsterisks() {
        return classifier.classify(asterisks);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object hundredThousandSpacedLetters() {
        return classifier.classify(spacedLetters);
    }
}
