package ru.moderation.lexicon;

import ru.moderation.text.CharTable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import ru.moderation.classify.Category;

/**
 * Reads the line-based dictionary format described in {@code dictionaries/README.md}. Errors name
 * the file and line: the dictionaries are reviewed like code, and a typo must fail the build, not
 * silently drop a rule.
 */
public final class LexiconParser {
    private final LexiconSpec spec;

    public LexiconParser(LexiconSpec spec) {
        this.spec = spec;
    }

    public void parse(String fileName, Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        Category category = null;
        LexiconSpec.Rule rule = null;
        LexiconSpec.WordClass wordClass = null;
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            String where = fileName + ":" + lineNo;
            String[] t = tokens(line);
            if (t.length == 0) {
                continue;
            }
            String kw = t[0];
            String[] args = Arrays.copyOfRange(t, 1, t.length);
            switch (kw) {
                case "version" -> spec.version = one(args, where);
                case "category" -> {
                    try {
                        category = Category.valueOf(one(args, where).toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw error(where, "unknown category " + args[0]);
                    }
                    rule = null;
                    wordClass = null;
                }
                case "rule" -> {
                    if (category == null) {
                        throw error(where, "'rule' before 'category'");
                    }
                    if (args.length == 0) {
                        throw error(where, "rule needs an id");
                    }
                    rule = new LexiconSpec.Rule(args[0], category, where);
                    for (int i = 1; i < args.length; i++) {
                        String[] kv = args[i].split("=", 2);
                        if (kv.length != 2) {
                            throw error(where, "expected key=value, got " + args[i]);
                        }
                        switch (kv[0]) {
                            case "term" -> rule.term = kv[1].replace('_', ' '); // underscores stand for spaces
                            case "weight" -> {
                                try {
                                    rule.weight = Double.parseDouble(kv[1]);
                                } catch (NumberFormatException e) {
                                    throw error(where, "bad weight " + kv[1]);
                                }
                            }
                            case "with" -> rule.with.addAll(Arrays.asList(kv[1].split(",")));
                            case "without" -> rule.without.addAll(Arrays.asList(kv[1].split(",")));
                            case "given" -> {
                                try {
                                    rule.given = Category.valueOf(kv[1]);
                                } catch (IllegalArgumentException e) {
                                    throw error(where, "given= names a category, got " + kv[1]);
                                }
                                if (rule.given == category) {
                                    throw error(where, "given= names another category than the rule's own");
                                }
                            }
                            case "quoted" -> {
                                if (!kv[1].equals("mention") && !kv[1].equals("use")) {
                                    throw error(where, "quoted= is mention or use, got " + kv[1]);
                                }
                                rule.quotedIsMention = kv[1].equals("mention");
                            }
                            default -> throw error(where, "unknown rule option " + kv[0]);
                        }
                    }
                    for (LexiconSpec.Rule r : spec.rules) {
                        if (r.id.equals(rule.id)) {
                            throw error(where, "duplicate rule id " + rule.id + " (first at " + r.origin + ")");
                        }
                    }
                    spec.rules.add(rule);
                    wordClass = null;
                }
                case "class" -> {
                    String name = one(args, where);
                    if (!name.startsWith("@")) {
                        throw error(where, "class names start with @");
                    }
                    if (spec.classes.containsKey(name)) {
                        throw error(where, "duplicate class " + name);
                    }
                    wordClass = new LexiconSpec.WordClass(name, where);
                    spec.classes.put(name, wordClass);
                    rule = null;
                }
                case "word", "form" -> {
                    List<String> target;
                    if (wordClass != null) {
                        target = kw.equals("word") ? wordClass.words : wordClass.forms;
                    } else if (rule != null) {
                        target = kw.equals("word") ? rule.words : rule.forms;
                    } else {
                        throw error(where, "'" + kw + "' outside a rule or class");
                    }
                    target.addAll(kw.equals("word") ? lemmas(args, where) : words(args, where));
                }
                case "include" -> {
                    if (wordClass == null) {
                        throw error(where, "'include' outside a class");
                    }
                    for (String other : args) {
                        if (!other.startsWith("@")) {
                            throw error(where, "include names a class: @name");
                        }
                        wordClass.includes.add(other);
                    }
                }
                case "root", "infix", "phrase", "near", "count", "detector" -> {
                    if (rule == null) {
                        throw error(where, "'" + kw + "' outside a rule");
                    }
                    switch (kw) {
                        case "root" -> rule.roots.addAll(words(args, where));
                        case "infix" -> rule.infixes.addAll(words(args, where));
                        case "phrase" -> {
                            if (args.length < 2) {
                                throw error(where, "a phrase has at least two words");
                            }
                            rule.phrases.add(words(args, where));
                            rule.phraseOrigins.add(where);
                        }
                        case "count" -> {
                            if (args.length != 3) {
                                throw error(where, "count @class MINIMUM WINDOW");
                            }
                            try {
                                int min = Integer.parseInt(args[1]);
                                int window = Integer.parseInt(args[2]);
                                if (min < 1 || min > 8 || window < min) {
                                    throw error(where, "count needs 1 <= MINIMUM <= 8 and WINDOW >= MINIMUM");
                                }
                                rule.counts.add(new LexiconSpec.Count(args[0], min, window));
                            } catch (NumberFormatException e) {
                                throw error(where, "bad number in count: " + args[1] + " " + args[2]);
                            }
                        }
                        case "near" -> {
                            if (args.length != 3) {
                                throw error(where, "near @classA @classB WINDOW");
                            }
                            try {
                                rule.nears.add(new LexiconSpec.Near(args[0], args[1], Integer.parseInt(args[2])));
                            } catch (NumberFormatException e) {
                                throw error(where, "bad window " + args[2]);
                            }
                        }
                        default -> rule.detectors.add(
                                new LexiconSpec.Detector(args.length > 0 ? args[0] : "",
                                        args.length > 1 ? String.join(" ", Arrays.copyOfRange(args, 1, args.length)) : ""));
                    }
                }
                case "prefix" -> spec.prefixes.addAll(Arrays.asList(args));
                case "allow" -> spec.allow.addAll(words(args, where));
                case "list" -> {
                    if (args.length < 2) {
                        throw error(where, "list NAME item...");
                    }
                    List<String> items = spec.lists.computeIfAbsent(args[0], k -> new ArrayList<>());
                    for (int i = 1; i < args.length; i++) {
                        items.add(args[i].replace('_', ' ')); // underscores stand for spaces ("в_день")
                    }
                }
                default -> throw error(where, "unknown directive '" + kw + "'");
            }
        }
    }

    /** Splits on whitespace; '#' starts a comment only at the start of a word ("х#й" is a mask, not a comment). */
    static String[] tokens(String line) {
        List<String> out = new ArrayList<>();
        for (String w : line.trim().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (w.startsWith("#")) {
                break;
            }
            out.add(w);
        }
        return out.toArray(new String[0]);
    }

    /**
     * Lemmas of a {@code word} line: a lemma, or {@code lemma:model} for a word the morphological dictionary
     * does not know (мат, slang), declined like a known word with the same ending ({@code мудак:чудак}).
     */
    private static List<String> lemmas(String[] args, String where) {
        for (String a : args) {
            int colon = a.indexOf(':');
            if (colon == 0 || colon == a.length() - 1 || a.indexOf(':', colon + 1) >= 0) {
                throw error(where, "'" + a + "': write lemma:model, a word and the known word it declines like");
            }
            words(colon < 0 ? new String[] {a} : new String[] {a.substring(0, colon), a.substring(colon + 1)}, where);
        }
        return List.of(args);
    }

    /**
     * Entries matched against the words of a text. A char that separates words in text (a hyphen, a
     * dot, an apostrophe) inside one could never match, silently: «по-хорошему» in text is «по» and
     * «хорошему». Such an entry is an error, so the lexicon says what it does.
     */
    private static List<String> words(String[] args, String where) {
        for (String a : args) {
            if (a.startsWith("@")) {
                continue; // a class name
            }
            for (int i = a.startsWith("=") ? 1 : 0; i < a.length(); i++) {
                char c = a.charAt(i);
                if (CharTable.type(c) == CharTable.SEP) {
                    throw error(where, "'" + a + "': '" + c + "' separates words in text, so this entry can never"
                            + " match; write its parts as separate words of a phrase (=по =хорошему)");
                }
            }
        }
        return List.of(args);
    }

    private static String one(String[] args, String where) {
        if (args.length != 1) {
            throw error(where, "expected exactly one argument");
        }
        return args[0];
    }

    private static IllegalArgumentException error(String where, String message) {
        return new IllegalArgumentException(where + ": " + message);
    }
}
