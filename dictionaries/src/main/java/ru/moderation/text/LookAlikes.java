package ru.moderation.text;

/**
 * Two ways to read Latin letters and digits inside a Russian word. {@link #homoglyph} reads them by
 * shape ({@code xyй} → хуй, {@code E6AHOE} → ебаное, {@code пи3дец} → пиздец); {@link #translit}
 * reads a Latin-only word by sound ({@code blyat} → блять, {@code nahuy} → нахуй).
 */
public final class LookAlikes {
    /** Written into a variant where a char stands for an unknown letter (a mask such as '*'). */
    public static final char WILDCARD = '\u0000';

    private static final char[] SHAPE = new char[128];
    private static final char[] SHAPE_ALT = new char[128];
    /** The other way round: the Latin letter a Cyrillic one looks like (in either case: т/t, Н/H, В/B). */
    private static final char[] LATIN_SHAPE = new char[32];

    static {
        String pairs = "aа bв cс dд eе hн iи kк mм nп oо pр rг tт uи xх yу wш fф zз lл sс jй vв"
                + " 0о 1и 3з 4ч 6б 9я @а !и $с";
        for (String p : pairs.split(" ")) {
            SHAPE[p.charAt(0)] = p.charAt(1);
        }
        // second readings of digits: 3 as a mirrored е (х3р), 9 as д, 4 as а, 1 as л
        for (String p : "3е 9д 4а 1л".split(" ")) {
            SHAPE_ALT[p.charAt(0)] = p.charAt(1);
        }
        for (String p : "aа bв cс eе hн kк mм oо pр tт xх yу".split(" ")) {
            LATIN_SHAPE[p.charAt(1) - 'а'] = p.charAt(0);
        }
    }

    /** The Latin letter a lower-case Cyrillic letter looks like ({@code т} → t, {@code н} → h), or 0. */
    public static char latinShape(char cyrillic) {
        return cyrillic >= 'а' && cyrillic <= 'я' ? LATIN_SHAPE[cyrillic - 'а'] : 0;
    }


    /** The second reading of a digit ({@code 3} → е), or 0 when it has none. */
    public static char homoglyphAlt(char folded) {
        return folded < 128 ? SHAPE_ALT[folded] : 0;
    }

    private LookAlikes() {}

    /**
     * The Cyrillic letter a Latin letter, digit or mask char looks like, {@link #WILDCARD} for a
     * mask that stands for an unknown letter, or the char itself when it is Cyrillic already.
     */
    public static char homoglyph(char folded) {
        if (folded >= 'а' && folded <= 'я') {
            return folded;
        }
        if (folded < 128) {
            char c = SHAPE[folded];
            if (c != 0) {
                return c;
            }
        }
        return WILDCARD;
    }

    /**
     * Transliterates a lower-case Latin word into {@code out}, returning the length. Ambiguous
     * letters take their most common reading in Russian chat transliteration; {@code alt} picks the
     * second reading of c (ц/с) and y (ы/у), which covers "pizdec"/"suka"-style spellings.
     */
    public static int translit(char[] in, int len, char[] out, boolean alt) {
        int o = 0;
        for (int i = 0; i < len && o < out.length; i++) {
            char c = in[i];
            char n = i + 1 < len ? in[i + 1] : 0;
            char n2 = i + 2 < len ? in[i + 2] : 0;
            boolean prevVowel = i > 0 && isVowel(in[i - 1]);
            switch (c) {
                case 's':
                    if (n == 'h' && n2 == 'c' && i + 3 < len && in[i + 3] == 'h') { out[o++] = 'щ'; i += 3; }
                    else if (n == 'c' && n2 == 'h') { out[o++] = 'щ'; i += 2; }
                    else if (n == 'h') { out[o++] = 'ш'; i++; }
                    else out[o++] = 'с';
                    break;
                case 'c':
                    if (n == 'h') { out[o++] = 'ч'; i++; }
                    else out[o++] = alt ? 'с' : 'ц';
                    break;
                case 'z':
                    if (n == 'h') { out[o++] = 'ж'; i++; } else out[o++] = 'з';
                    break;
                case 'k':
                    if (n == 'h') { out[o++] = 'х'; i++; } else out[o++] = 'к';
                    break;
                case 't':
                    if (n == 's') { out[o++] = 'ц'; i++; } else out[o++] = 'т';
                    break;
                case 'y':
                    if (n == 'a') { out[o++] = 'я'; i++; }
                    else if (n == 'u') { out[o++] = 'ю'; i++; }
                    else if (n == 'o') { out[o++] = 'е'; i++; }
                    else if (n == 'e') { out[o++] = 'е'; i++; }
                    else if (prevVowel) out[o++] = 'й';
                    else out[o++] = alt ? 'у' : 'ы';
                    break;
                case 'j':
                    if (n == 'a') { out[o++] = 'я'; i++; }
                    else if (n == 'u') { out[o++] = 'ю'; i++; }
                    else if (n == 'o') { out[o++] = 'е'; i++; }
                    else if (n == 'e') { out[o++] = 'е'; i++; }
                    else out[o++] = 'й';
                    break;
                case 'i':
                    // "bliat", "bliad": in the second reading "ia" is я
                    if (alt && n == 'a' && i > 0 && !isVowel(in[i - 1])) { out[o++] = 'я'; i++; }
                    else out[o++] = (prevVowel && !isVowel(n)) ? 'й' : 'и';
                    break;
                case 'e': out[o++] = 'е'; break;
                case 'a': out[o++] = 'а'; break;
                case 'b': out[o++] = 'б'; break;
                case 'v': case 'w': out[o++] = 'в'; break;
                case 'g': out[o++] = 'г'; break;
                case 'd': out[o++] = 'д'; break;
                case 'l': out[o++] = 'л'; break;
                case 'm': out[o++] = 'м'; break;
                case 'n': out[o++] = 'н'; break;
                case 'o': out[o++] = 'о'; break;
                case 'p': out[o++] = 'п'; break;
                case 'r': out[o++] = 'р'; break;
                case 'u': out[o++] = 'у'; break;
                case 'f': out[o++] = 'ф'; break;
                case 'h': out[o++] = 'х'; break;
                case 'x': out[o++] = 'х'; break;
                case 'q': out[o++] = 'к'; break;
                case '\'': out[o++] = 'ь'; break;
                default:
                    out[o++] = homoglyph(c);
            }
        }
        return o;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
