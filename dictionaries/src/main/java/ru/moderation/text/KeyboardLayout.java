package ru.moderation.text;

/**
 * The Russian letter on the key of a char typed with the English layout on (ЙЦУКЕН over QWERTY):
 * "gbpltw" is пиздец, "yf[eq" нахуй, ",kznm" блять. People send such words by mistake, and as an evasion.
 */
public final class KeyboardLayout {
    private static final char[] RU = new char[128];

    static {
        String en = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
        String ru = "йцукенгшщзхъфывапролджэячсмитьбюё";
        for (int i = 0; i < en.length(); i++) {
            RU[en.charAt(i)] = ru.charAt(i);
            char upper = Character.toUpperCase(en.charAt(i));
            if (upper != en.charAt(i)) {
                RU[upper] = ru.charAt(i);
            }
        }
        String shifted = "{}:\"<>~";
        String shiftedRu = "хъжэбюё";
        for (int i = 0; i < shifted.length(); i++) {
            RU[shifted.charAt(i)] = shiftedRu.charAt(i);
        }
    }

    private KeyboardLayout() {}

    /** The lower-case Russian letter on the key of {@code c}, or 0 when {@code c} is not on a letter key. */
    public static char russian(char c) {
        return c < 128 ? RU[c] : 0;
    }

    /** Whether {@code c} is a Latin letter (not one of the punctuation keys that carry Russian letters). */
    public static boolean latinLetter(char c) {
        return (char) ((c | 0x20) - 'a') < 26; // one compare: only A-Z and a-z fold into a-z
    }
}
