package ru.moderation.lexicon;

import ru.moderation.text.CharTable;

/** The folding applied to dictionary entries: the same table the tokenizer applies to user text. */
public final class Normalize {
    private Normalize() {}

    public static String word(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (CharTable.type(c) == CharTable.IGNORE) {
                continue;
            }
            b.append(CharTable.fold(c));
        }
        return b.toString();
    }
}
