package ru.moderation.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads lines split on '\n' only (a trailing '\r' is dropped): a comment may contain '\r', U+2028 or
 * any other char, and must still come out as exactly one line. Invalid UTF-8 becomes U+FFFD rather
 * than an error, so no input line is ever lost.
 */
final class LineReader implements AutoCloseable {
    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int lim;
    private final StringBuilder line = new StringBuilder();

    LineReader(InputStream stream) {
        this.in = new InputStreamReader(stream, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /** The next line, or null at end of input. */
    String next() throws IOException {
        line.setLength(0);
        boolean any = false;
        while (true) {
            if (pos == lim) {
                lim = in.read(buf, 0, buf.length);
                pos = 0;
                if (lim <= 0) {
                    lim = 0;
                    return any ? finish() : null;
                }
            }
            any = true;
            int start = pos;
            while (pos < lim && buf[pos] != '\n') {
                pos++;
            }
            line.append(buf, start, pos - start);
            if (pos < lim) {
                pos++;
                return finish();
            }
        }
    }

    /** True when a further line can be read without blocking: lets the caller flush before it waits. */
    boolean ready() throws IOException {
        return pos < lim || in.ready();
    }

    private String finish() {
        int n = line.length();
        if (n > 0 && line.charAt(n - 1) == '\r') {
            line.setLength(n - 1);
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
