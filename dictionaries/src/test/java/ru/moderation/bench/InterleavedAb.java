package ru.moderation.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Two builds of the classifier compared in one JVM: each is loaded by its own class loader, and they
 * classify the same TSV file in alternating passes, so a slow moment of a shared host slows both alike.
 * Separate JMH runs of the same code on this machine differ by up to 20 %; the ratio of neighbouring
 * passes of two builds varies by a few per cent. Prints each build's median and fastest pass and the
 * median ratio B/A (the first quarter of the passes is warm-up and not counted).
 *
 * <pre>
 * java -cp dictionaries/target/test-classes ru.moderation.bench.InterleavedAb FILE.tsv SECONDS \
 *     DEPENDENCY_CLASSPATH A/dictionaries/target/classes B/dictionaries/target/classes
 * </pre>
 */
public final class InterleavedAb {
    private InterleavedAb() {}

    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            int tab = line.indexOf('\t');
            if (tab >= 0) {
                texts.add(line.substring(tab + 1));
            }
        }
        long seconds = Long.parseLong(args[1]);
        Object[] classifier = new Object[2];
        Method[] classify = new Method[2];
        Method[] matches = new Method[2];
        for (int k = 0; k < 2; k++) {
            List<URL> urls = new ArrayList<>();
            urls.add(Path.of(args[3 + k]).toUri().toURL());
            for (String lib : args[2].split(":")) {
                if (!lib.isEmpty()) {
                    urls.add(Path.of(lib).toUri().toURL());
                }
            }
            ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            Class<?> c = loader.loadClass("ru.moderation.classify.Classifier");
            classifier[k] = c.getMethod("defaultRussian").invoke(null);
            classify[k] = c.getMethod("classify", CharSequence.class);
            matches[k] = loader.loadClass("ru.moderation.classify.Verdict").getMethod("matches");
        }
        List<List<Double>> times = List.of(new ArrayList<>(), new ArrayList<>());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long sink = 0;
        for (int pass = 0; System.nanoTime() < end; pass++) {
            int k = pass % 2;
            long start = System.nanoTime();
            for (String text : texts) {
                sink += ((List<?>) matches[k].invoke(classify[k].invoke(classifier[k], text))).size();
            }
            times.get(k).add((System.nanoTime() - start) / 1e6);
        }
        int warm = times.get(0).size() / 4;
        List<Double> ratios = new ArrayList<>();
        for (int i = warm; i < Math.min(times.get(0).size(), times.get(1).size()); i++) {
            ratios.add(times.get(1).get(i) / times.get(0).get(i));
        }
        Collections.sort(ratios);
        for (int k = 0; k < 2; k++) {
            List<Double> x = new ArrayList<>(times.get(k).subList(warm, times.get(k).size()));
            Collections.sort(x);
            System.out.printf("%s: median %.1f ms, fastest %.1f ms per pass (%d passes)%n", k == 0 ? "A" : "B",
                    x.get(x.size() / 2), x.get(0), x.size());
        }
        System.out.printf("B/A median ratio %.3f (quartiles %.3f, %.3f); %d matches%n", ratios.get(ratios.size() / 2),
                ratios.get(ratios.size() / 4), ratios.get(3 * ratios.size() / 4), sink);
    }
}
