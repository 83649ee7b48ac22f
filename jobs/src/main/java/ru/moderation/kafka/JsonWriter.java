package ru.moderation.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A small JSON writer for the output topics, writing UTF-8 straight into a reusable byte array.
 *
 * <p>Jackson's generator took half of the strike path's time: it encodes every non-ASCII char through
 * its slow path, and nearly everything here is Cyrillic (texts, terms, fragments, the moderators'
 * reason). The bytes are the same as Jackson's defaults (the short escapes for quote, backslash, backspace,
 * tab, newline, form feed and carriage return, a six-char unicode escape for the other controls and for
 * each surrogate char, everything else raw UTF-8);
 * {@code JsonWriterTest} checks that against Jackson on random and hostile strings.
 *
 * <p>Not thread-safe: one per thread ({@link #forThread()}); {@link #toBytes()} copies the result out.
 */
public final class JsonWriter {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** Per ASCII char: 0 = as is, 'u' = as a unicode escape, another char = that char after a backslash. */
    private static final byte[] ESCAPE = new byte[128];
    private static final ThreadLocal<JsonWriter> PER_THREAD = ThreadLocal.withInitial(JsonWriter::new);
    /** Objects and arrays nest this deep at most in our schemas; deeper is a programming error. */
    private static final int MAX_DEPTH = 63;
    /** Epoch millis of 0001-01-01 and 10000-01-01: outside, {@link Instant#toString()} writes other shapes. */
    private static final long MIN_FAST_MILLIS = -62135596800000L;
    private static final long MAX_FAST_MILLIS = 253402300800000L;
    private static final long MILLIS_PER_DAY = 86_400_000L;

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPE[c] = 'u';
        }
        ESCAPE['\b'] = 'b';
        ESCAPE['\t'] = 't';
        ESCAPE['\n'] = 'n';
        ESCAPE['\f'] = 'f';
        ESCAPE['\r'] = 'r';
        ESCAPE['"'] = '"';
        ESCAPE['\\'] = '\\';
    }

    /** Chars copied out of a string at a time; bounds the scratch array for huge payloads. */
    private static final int CHUNK = 8192;

    private byte[] buf = new byte[2048];
    private char[] scratch = new char[256];
    private int pos;
    private int depth;
    /** Bit d set: the container at depth d already has a member, so the next one needs a comma. */
    private long hasMember;
    private long cachedDay = Long.MIN_VALUE;
    private final byte[] dayPrefix = new byte[11]; // "yyyy-MM-ddT"

    /** The calling thread's writer, reset. */
    public static JsonWriter forThread() {
        JsonWriter w = PER_THREAD.get();
        w.reset();
        return w;
    }

    public JsonWriter reset() {
        if (buf.length > 1 << 20) {
            buf = new byte[2048]; // one huge record must not pin its buffer for the life of the thread
        }
        pos = 0;
        depth = 0;
        hasMember = 0;
        return this;
    }

    public byte[] toBytes() {
        return Arrays.copyOf(buf, pos);
    }

    public JsonWriter startObject() {
        comma();
        return open('{');
    }

    public JsonWriter endObject() {
        return close('}');
    }

    public JsonWriter startArray() {
        comma();
        return open('[');
    }

    public JsonWriter endArray() {
        return close(']');
    }

    /** A member name; {@code name} is one of our ASCII field names, so it is written as is. */
    public JsonWriter name(String name) {
        int n = name.length();
        ensure(n + 4);
        comma();
        char[] c = chars(n);
        name.getChars(0, n, c, 0);
        byte[] b = buf;
        int p = pos;
        b[p++] = '"';
        for (int i = 0; i < n; i++) {
            b[p++] = (byte) c[i];
        }
        b[p++] = '"';
        b[p++] = ':';
        pos = p;
        hasMember &= ~(1L << depth); // the value that follows needs no comma of its own
        return this;
    }

    public JsonWriter string(String s) {
        if (s == null) {
            return nullValue();
        }
        comma();
        int n = s.length();
        ensure(2);
        buf[pos++] = '"';
        // copied out in chunks: a char array is read without String's per-char coder and bounds checks
        for (int from = 0; from < n; from += CHUNK) {
            int len = Math.min(CHUNK, n - from);
            char[] c = chars(len);
            s.getChars(from, from + len, c, 0);
            chunk(c, len);
        }
        ensure(1);
        buf[pos++] = '"';
        return this;
    }

    private void chunk(char[] c, int len) {
        ensure(len * 6); // the worst case, an escape per char
        byte[] b = buf;
        int p = pos;
        for (int i = 0; i < len; i++) {
            char ch = c[i];
            if (ch < 0x80) {
                byte e = ESCAPE[ch];
                if (e == 0) {
                    b[p++] = (byte) ch;
                } else if (e == 'u') {
                    p = unicodeEscape(b, p, ch);
                } else {
                    b[p++] = '\\';
                    b[p++] = e;
                }
            } else if (ch < 0x800) {
                b[p++] = (byte) (0xC0 | (ch >> 6));
                b[p++] = (byte) (0x80 | (ch & 0x3F));
            } else if (Character.isSurrogate(ch)) {
                p = unicodeEscape(b, p, ch);
            } else {
                b[p++] = (byte) (0xE0 | (ch >> 12));
                b[p++] = (byte) (0x80 | ((ch >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (ch & 0x3F));
            }
        }
        pos = p;
    }

    private char[] chars(int n) {
        if (scratch.length < n) {
            scratch = new char[Math.max(n, scratch.length * 2)];
        }
        return scratch;
    }

    public JsonWriter number(long v) {
        comma();
        ensure(20);
        if (v == Long.MIN_VALUE) {
            return ascii(Long.toString(v));
        }
        if (v < 0) {
            buf[pos++] = '-';
            v = -v;
        }
        int digits = 1;
        for (long t = v; t >= 10; t /= 10) {
            digits++;
        }
        int end = pos + digits;
        for (int p = end - 1; p >= pos; p--) {
            buf[p] = (byte) ('0' + v % 10);
            v /= 10;
        }
        pos = end;
        return this;
    }

    public JsonWriter bool(boolean v) {
        comma();
        return ascii(v ? "true" : "false");
    }

    public JsonWriter nullValue() {
        comma();
        return ascii("null");
    }

    /** An instant as {@link Instant#toString()} writes it ("2025-01-03T12:03:20.045Z", no fraction when whole). */
    public JsonWriter isoInstant(long epochMillis) {
        if (epochMillis < MIN_FAST_MILLIS || epochMillis >= MAX_FAST_MILLIS) {
            return string(Instant.ofEpochMilli(epochMillis).toString());
        }
        comma();
        ensure(26);
        long day = Math.floorDiv(epochMillis, MILLIS_PER_DAY);
        if (day != cachedDay) {
            // a day's prefix is computed once: the output's timestamps come in runs of the same day
            String d = LocalDate.ofEpochDay(day).toString();
            for (int i = 0; i < 10; i++) {
                dayPrefix[i] = (byte) d.charAt(i);
            }
            dayPrefix[10] = 'T';
            cachedDay = day;
        }
        int msOfDay = (int) Math.floorMod(epochMillis, MILLIS_PER_DAY);
        buf[pos++] = '"';
        System.arraycopy(dayPrefix, 0, buf, pos, 11);
        pos += 11;
        two(msOfDay / 3_600_000);
        buf[pos++] = ':';
        two(msOfDay / 60_000 % 60);
        buf[pos++] = ':';
        two(msOfDay / 1000 % 60);
        int ms = msOfDay % 1000;
        if (ms != 0) {
            buf[pos++] = '.';
            buf[pos++] = (byte) ('0' + ms / 100);
            two(ms % 100);
        }
        buf[pos++] = 'Z';
        buf[pos++] = '"';
        return this;
    }

    private void two(int v) {
        buf[pos++] = (byte) ('0' + v / 10);
        buf[pos++] = (byte) ('0' + v % 10);
    }

    private static int unicodeEscape(byte[] b, int p, char c) {
        b[p++] = '\\';
        b[p++] = 'u';
        b[p++] = HEX[c >> 12];
        b[p++] = HEX[(c >> 8) & 0xF];
        b[p++] = HEX[(c >> 4) & 0xF];
        b[p++] = HEX[c & 0xF];
        return p;
    }

    private JsonWriter open(char c) {
        if (depth == MAX_DEPTH) {
            throw new IllegalStateException("JSON nested deeper than " + MAX_DEPTH);
        }
        ensure(1);
        buf[pos++] = (byte) c;
        depth++;
        hasMember &= ~(1L << depth);
        return this;
    }

    private JsonWriter close(char c) {
        ensure(1);
        buf[pos++] = (byte) c;
        depth--;
        return this;
    }

    /**
     * Before a name or a value: a comma unless it is the first in its container. {@link #name} clears the
     * mark again, so the value after a name gets none.
     */
    private void comma() {
        long bit = 1L << depth;
        if ((hasMember & bit) != 0) {
            ensure(1);
            buf[pos++] = ',';
        }
        hasMember |= bit;
    }

    private JsonWriter ascii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[pos++] = (byte) s.charAt(i);
        }
        return this;
    }

    private void ensure(int more) {
        if (buf.length - pos < more) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + more));
        }
    }
}
