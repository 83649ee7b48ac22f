package ru.moderation.text;

import java.text.Normalizer;

/**
 * Per-char folding and classification for the whole BMP, computed once. One array lookup per char
 * replaces NFKC + case folding + ё→е on the hot path: each char is folded on its own, which is what
 * NFKC does for the compatibility characters used in evasions (fullwidth letters, ligatures,
 * enclosed letters), and the few combining sequences that matter (и + breve = й) are handled by the
 * tokenizer.
 */
public final class CharTable {
    /** Part of no token: spaces, punctuation, emoji, symbols. */
    public static final byte SEP = 0;
    public static final byte CYR = 1;
    public static final byte LAT = 2;
    public static final byte DIGIT = 3;
    /** Chars people put inside a word instead of a letter: {@code х*й}, {@code бл@дь}, {@code п!зда}. */
    public static final byte MASK = 4;
    /** Invisible inside a word: zero-width chars, soft hyphen, bidi controls, combining marks. */
    public static final byte IGNORE = 5;

    private static final char[] FOLD = new char[65536];
    private static final byte[] CLASS = new byte[65536];

    static {
        for (int c = 0; c < 65536; c++) {
            char ch = (char) c;
            char f = foldOne(ch);
            FOLD[c] = f;
            CLASS[c] = classify(ch, f);
        }
    }

    private CharTable() {}

    public static char fold(char c) {
        return FOLD[c];
    }

    public static byte type(char c) {
        return CLASS[c];
    }

    private static char foldOne(char ch) {
        if (Character.isSurrogate(ch)) {
            return ch;
        }
        char g = greekOrOtherLookalike(ch);
        if (g != 0) {
            return g;
        }
        String s = String.valueOf(ch);
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        if (n.length() != 1) {
            // Decomposes into several chars (ligatures, "℡"): keep the char; it is rare and not a letter we match.
            n = s;
        }
        char f = Character.toLowerCase(n.charAt(0));
        if (f == 'ё') {
            f = 'е';
        }
        char g2 = greekOrOtherLookalike(f);
        return g2 != 0 ? g2 : f;
    }

    /**
     * Non-Latin look-alikes folded straight to Cyrillic: spam hides behind Greek letters and Latin
     * small capitals ("зαρа6σтоᴋ"), and Ukrainian/Belarusian letters are folded to their Russian kin.
     */
    private static char greekOrOtherLookalike(char c) {
        switch (c) {
            case 'α': case 'Α': return 'а';
            case 'β': case 'Β': return 'в';
            case 'ε': case 'Ε': return 'е';
            case 'η': case 'Η': return 'н';
            case 'ι': case 'Ι': return 'и';
            case 'κ': case 'Κ': return 'к';
            case 'μ': case 'Μ': return 'м';
            case 'ν': case 'Ν': return 'н';
            case 'ο': case 'Ο': case 'σ': case 'ς': case 'Σ': return 'о';
            case 'ρ': case 'Ρ': return 'р';
            case 'τ': case 'Τ': return 'т';
            case 'υ': case 'Υ': return 'у';
            case 'χ': case 'Χ': return 'х';
            case 'π': case 'Π': return 'п';
            case 'λ': case 'Λ': return 'л';
            case 'γ': case 'Γ': return 'г';
            case 'δ': case 'Δ': return 'д';
            case 'ᴀ': return 'а';
            case 'ʙ': return 'в';
            case 'ᴄ': return 'с';
            case 'ᴇ': return 'е';
            case 'ʜ': return 'н';
            case 'ᴋ': return 'к';
            case 'ᴍ': return 'м';
            case 'ᴏ': return 'о';
            case 'ᴘ': return 'р';
            case 'ᴛ': return 'т';
            case 'ʏ': return 'у';
            case 'і': case 'І': case 'ї': case 'Ї': return 'и';
            case 'є': case 'Є': return 'е';
            // the Latin e with diaeresis typed for ё ("всë", "ëбаный")
            case 'ë': case 'Ë': return 'е';
            case 'ў': case 'Ў': return 'у';
            case 'ґ': case 'Ґ': return 'г';
            // Kazakh, Uzbek and Tatar letters folded to their Russian kin, so the words of job and loan
            // mailings in those languages (жұмыс, табыс, қарыз) are words and not fragments
            case 'ә': case 'Ә': return 'а';
            case 'ғ': case 'Ғ': return 'г';
            case 'қ': case 'Қ': return 'к';
            case 'ң': case 'Ң': return 'н';
            case 'ө': case 'Ө': return 'о';
            case 'ұ': case 'Ұ': case 'ү': case 'Ү': return 'у';
            // session 36: the Russian letters with the marks other peoples of Russia add (Tajik ӯ ӣ, Mari and
            // Udmurt ӧ ӱ ӓ, Chuvash ӑ ӗ ҫ, Udmurt ӝ ӟ ӥ, Bashkir ҙ ҡ), Macedonian ѕ for s and Abkhaz ӽ ӿ for x:
            // "сӯка", "ѕука", "ӽуёвая"
            case 'ӯ': case 'Ӯ': case 'ӱ': case 'Ӱ': return 'у';
            case 'ӣ': case 'Ӣ': case 'ӥ': case 'Ӥ': return 'и';
            case 'ӧ': case 'Ӧ': return 'о';
            case 'ӓ': case 'Ӓ': case 'ӑ': case 'Ӑ': return 'а';
            case 'ӗ': case 'Ӗ': return 'е';
            case 'ҫ': case 'Ҫ': case 'ѕ': case 'Ѕ': return 'с';
            case 'ӝ': case 'Ӝ': return 'ж';
            case 'ӟ': case 'Ӟ': case 'ҙ': case 'Ҙ': return 'з';
            case 'ҡ': case 'Ҡ': return 'к';
            case 'ӽ': case 'Ӽ': case 'ӿ': case 'Ӿ': return 'х';
            // (not һ/ҳ: Uzbek "хоҳласангиз" would read as a slur)
            // Armenian letters shaped like Latin ones ("хսйня", "ոиздец", "дօлбօёбы", "naհuy"); һ stays a
            // Latin h, so it is read by shape (н) and by sound (х) like one
            case 'օ': case 'Օ': return 'о';
            case 'ս': case 'Ս': return 'у';
            case 'ո': case 'Ո': return 'п';
            case 'հ': return 'h';
            default: return 0;
        }
    }

    private static byte classify(char original, char f) {
        int t = Character.getType(original);
        if (t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT
                || original == '\u00AD' || original == '\u034F'
                || (original >= '\uFE00' && original <= '\uFE0F')) {
            return IGNORE;
        }
        if (f >= 'а' && f <= 'я') {
            return CYR;
        }
        if (f >= 'a' && f <= 'z') {
            return LAT;
        }
        if (f >= '0' && f <= '9') {
            return DIGIT;
        }
        switch (f) {
            case '*': case '@': case '!': case '#': case '$': case '%': case '?': case '|': case '+':
            case '~': case '^': case '&': case '=':
            // the euro sign for the letter е it looks like ("оху€нно"), the rouble sign for р ("нас₽ал")
            case '€': case '₽':
                return MASK;
            default:
                return SEP;
        }
    }
}
