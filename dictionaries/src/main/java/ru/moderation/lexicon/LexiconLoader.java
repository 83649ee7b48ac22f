package ru.moderation.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Finds the dictionary files ({@code index.txt} lists them in load order) on the class path or in a
 * directory, and parses them into a {@link LexiconSpec}. The reported version is the one declared
 * in {@code index.txt} plus a digest of the content, so every verdict names the exact dictionary build.
 */
public final class LexiconLoader {
    public static final String RESOURCE_DIR = "/ru/moderation/lexicon/ru/";

    private LexiconLoader() {}

    public static LexiconSpec fromClasspath() {
        return load(name -> {
            try (InputStream in = LexiconLoader.class.getResourceAsStream(RESOURCE_DIR + name)) {
                if (in == null) {
                    throw new IllegalStateException("dictionary resource missing: " + RESOURCE_DIR + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        });
    }

    public static LexiconSpec fromDirectory(Path dir) {
        return load(name -> Files.readString(dir.resolve(name), StandardCharsets.UTF_8));
    }

    interface Source {
        String read(String name) throws IOException;
    }

    private static LexiconSpec load(Source source) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String index = source.read("index.txt");
            digest.update(index.getBytes(StandardCharsets.UTF_8));
            LexiconSpec spec = new LexiconSpec();
            List<String> files = new ArrayList<>();
            new LexiconParser(spec).parse("index.txt", new StringReader(stripFiles(index, files)));
            for (String f : files) {
                String text = source.read(f);
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                new LexiconParser(spec).parse(f, new StringReader(text));
            }
            spec.version = spec.version + "+" + HexFormat.of().formatHex(digest.digest()).substring(0, 8);
            return spec;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code file NAME} lines of index.txt name the files to load; the rest is ordinary directives. */
    private static String stripFiles(String index, List<String> files) {
        StringBuilder rest = new StringBuilder();
        for (String line : index.split("\n", -1)) {
            String[] t = LexiconParser.tokens(line);
            if (t.length == 2 && t[0].equals("file")) {
                files.add(t[1]);
                rest.append('\n');
            } else {
                rest.append(line).append('\n');
            }
        }
        return rest.toString();
    }
}
