package ru.moderation.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ru.moderation.classify.Classifier;
import ru.moderation.classify.Match;
import ru.moderation.classify.Verdict;

/**
 * {@code classify}: one comment per input line, exactly one JSON object per output line, in order,
 * streaming. {@code --explain} prints the text with the matches marked instead, and
 * {@code --evaluate FILE...} scores labelled TSV files.
 */
final class ClassifyCommand {
    private ClassifyCommand() {}

    static int run(String[] args) throws IOException {
        return run(args, System.in, System.out);
    }

    static int run(String[] args, java.io.InputStream stdin, PrintStream stdout) throws IOException {
        boolean explain = false;
        Path dictionaries = null;
        List<String> evaluate = null;
        boolean placeholders = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--explain" -> explain = true;
                case "--dictionaries" -> {
                    if (++i >= args.length) return usage("--dictionaries needs a directory");
                    dictionaries = Path.of(args[i]);
                }
                case "--evaluate" -> {
                    evaluate = new ArrayList<>();
                    while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        evaluate.add(args[++i]);
                    }
                    if (evaluate.isEmpty()) return usage("--evaluate needs at least one TSV file");
                }
                case "--raw-placeholders" -> placeholders = false;
                default -> {
                    return usage("unknown option " + args[i]);
                }
            }
        }
        Classifier classifier = dictionaries == null ? Classifier.defaultRussian() : Classifier.fromDirectory(dictionaries);
        if (evaluate != null) {
            return Evaluation.run(classifier, evaluate, placeholders, stdout);
        }
        LineReader in = new LineReader(stdin);
        if (explain) {
            explain(classifier, in, stdout);
        } else {
            json(classifier, in, stdout);
        }
        return 0;
    }

    private static void json(Classifier classifier, LineReader in, PrintStream stdout) throws IOException {
        OutputStream out = new BufferedOutputStream(stdout, 1 << 16);
        JsonFactory factory = new JsonFactory();
        factory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            g.setRootValueSeparator(new SerializedString(""));
            String line;
            while ((line = in.next()) != null) {
                VerdictJson.write(g, line, classifier.classify(line));
                g.writeRaw('\n');
                if (!in.ready()) {
                    g.flush(); // interactive use: answer each line before blocking on the next
                }
            }
        }
    }

    private static void explain(Classifier classifier, LineReader in, PrintStream stdout) throws IOException {
        PrintStream out = new PrintStream(new BufferedOutputStream(stdout), false, StandardCharsets.UTF_8);
        String line;
        while ((line = in.next()) != null) {
            Verdict v = classifier.classify(line);
            out.println(v.isClean() ? "CLEAN  " + line : v.categories() + "  " + mark(line, v));
            for (Match m : v.matches()) {
                out.printf("    %-9s %-28s «%s» → %s  [%d,%d)%n", m.category(), m.rule(), m.fragment(line), m.term(),
                        m.start(), m.end());
            }
            if (!in.ready()) {
                out.flush();
            }
        }
        out.flush();
    }

    /** The text with every match wrapped in ⟦ ⟧ (overlapping matches are merged). */
    static String mark(String text, Verdict v) {
        StringBuilder b = new StringBuilder();
        int pos = 0;
        int openEnd = -1;
        for (Match m : v.matches()) {
            int s = Math.max(m.start(), pos);
            if (openEnd >= 0 && m.start() < openEnd) {
                if (m.end() > openEnd) {
                    b.append(text, pos, Math.min(m.end(), text.length()));
                    pos = Math.min(m.end(), text.length());
                    openEnd = pos;
                }
                continue;
            }
            if (openEnd >= 0) {
                b.append('⟧');
            }
            b.append(text, pos, Math.min(s, text.length()));
            b.append('⟦');
            int e = Math.min(m.end(), text.length());
            b.append(text, Math.min(s, text.length()), e);
            pos = e;
            openEnd = e;
        }
        if (openEnd >= 0) {
            b.append('⟧');
        }
        b.append(text, Math.min(pos, text.length()), text.length());
        return b.toString();
    }

    private static int usage(String message) {
        System.err.println("classify: " + message);
        System.err.println(Main.USAGE);
        return 2;
    }
}
