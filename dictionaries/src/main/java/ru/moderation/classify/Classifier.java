package ru.moderation.classify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import ru.moderation.lexicon.CompiledLexicon;
import ru.moderation.lexicon.LexiconLoader;
import ru.moderation.lexicon.LexiconSpec;
import ru.moderation.lexicon.Morphology;
import ru.moderation.text.CharTable;
import ru.moderation.text.KeyboardLayout;
import ru.moderation.text.LookAlikes;

/**
 * Thread-safe, immutable compiled lexicon. Build once (it loads the morphology and compiles the
 * dictionaries, about a second), share everywhere, call {@link #classify} from any thread.
 *
 * <p>One left-to-right pass over the text: chars are folded by table, words are cut at separators
 * (invisible chars do not cut them), each word is resolved by {@link WordMatcher}, runs of single
 * letters are glued back into a word ({@code х у й}), and word ids feed the phrase automaton and the
 * proximity rules as the pass goes. Structural spam signals come from {@link SpamDetector}. Work and
 * memory per text are linear in its length and bounded per word.
 */
public final class Classifier {
    private static final int[] NO_TAGS = new int[0];
    /** A category is flagged when its weights reach 1; the margin absorbs the rounding of sums like 0.6 + 0.4. */
    private static final double FLAGGED = 0.999;
    private static final int MAX_STATES = 32;
    private static final int MAX_PIECES = 32;
    /** The longest run of dots that may stand for hidden letters inside a word (пи....ц). */
    private static final int MAX_DOTS = 5;
    /** The longest word that may take part in a run of dotted pieces (долбо..б, уеб.ще). */
    private static final int MAX_DOTTED_PIECE = 12;
    private static final int TEXT_BUFFER = 8192;
    /** Russian words of one letter (folded). */
    private static final String ONE_LETTER_WORDS = "авиксуоя";

    private final CompiledLexicon lex;
    private final Verdict clean;
    private final SpamDetector spam;
    /** Per tag, its proximity rules flattened as (partner tag, window, rule) triples; empty for tags no rule names. */
    private final int[][] nearByTag;
    private final int[][] countByTag;
    private final ThreadLocal<State> state;

    private Classifier(CompiledLexicon lex, Morphology morph) {
        this.lex = lex;
        this.clean = Verdict.clean(lex.version);
        this.spam = new SpamDetector(lex);
        int maxTag = 0;
        for (int[] tags : lex.formTags) {
            for (int t : tags) {
                maxTag = Math.max(maxTag, t);
            }
        }
        List<List<Integer>> by = new ArrayList<>();
        for (int i = 0; i <= maxTag; i++) {
            by.add(new ArrayList<>());
        }
        for (CompiledLexicon.NearRule n : lex.nears) {
            if (n.first() > maxTag || n.second() > maxTag) {
                continue; // a class no word carries: the rule can never fire
            }
            by.get(n.first()).addAll(List.of(n.second(), n.window(), n.rule()));
            if (n.second() != n.first()) {
                by.get(n.second()).addAll(List.of(n.first(), n.window(), n.rule()));
            }
        }
        this.nearByTag = new int[maxTag + 1][];
        for (int i = 0; i <= maxTag; i++) {
            nearByTag[i] = by.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        this.countByTag = new int[maxTag + 1][];
        for (int i = 0; i <= maxTag; i++) {
            final int tag = i;
            countByTag[i] = java.util.stream.IntStream.range(0, lex.counts.size())
                    .filter(k -> lex.counts.get(k).tag() == tag).toArray();
        }
        final int tagCount = maxTag + 1;
        this.state = ThreadLocal.withInitial(() -> new State(new WordMatcher(lex, morph), tagCount, lex.rules.size(), lex.formCount(), lex.counts.size()));
    }

    private static final class DefaultHolder {
        static final Classifier INSTANCE = compile(LexiconLoader.fromClasspath());
    }

    /** The built-in Russian lexicon packaged with this module; compiled once per JVM. */
    public static Classifier defaultRussian() {
        return DefaultHolder.INSTANCE;
    }

    /** A lexicon from a directory holding {@code index.txt} and the files it lists. */
    public static Classifier fromDirectory(Path dir) {
        return compile(LexiconLoader.fromDirectory(dir));
    }

    public static Classifier compile(LexiconSpec spec) {
        Morphology morph = Morphology.load();
        return new Classifier(new CompiledLexicon(spec, morph), morph);
    }

    public String dictionaryVersion() {
        return lex.version;
    }

    public CompiledLexicon lexicon() {
        return lex;
    }

    /** Never throws on any input; work is linear in the length of {@code text}. */
    public Verdict classify(CharSequence text) {
        if (text == null || text.length() == 0) {
            return clean;
        }
        String s = text.toString();
        State st = state.get();
        st.begin();
        char[] a = st.chars(s);
        scan(wrongLayout(a, s.length(), st), s.length(), st);
        spam.scan(s, a, st.hits);
        return verdict(s, st);
    }

    // ---------------------------------------------------------------- the pass

    private void scan(char[] a, int n, State st) {
        st.textLen = n;
        char[] tok = st.tok;
        int[] tokS = st.tokS;
        int[] tokE = st.tokE;
        int i = 0;
        while (i < n) {
            char c = a[i];
            byte t = CharTable.type(c);
            if (t == CharTable.SEP || t == CharTable.IGNORE) {
                if (Character.isHighSurrogate(c) && supplementaryLetter(a, n, i) != 0) {
                    // a mathematical or enclosed letter (𝐡𝐮𝐲, 🅷): part of a word
                } else {
                    i++;
                    continue;
                }
            }
            int len = 0;
            int j = i;
            int pi = c == '3' ? piDigits(a, n, i) : i;
            if (pi > i) {
                // π for "пи" (3,14здец, 3.14здабол): the digits are the word's first two letters
                tok[0] = 'п';
                tokS[0] = i;
                tokE[0] = i + 1;
                tok[1] = 'и';
                tokS[1] = i + 1;
                tokE[1] = pi;
                len = 2;
                j = pi;
            }
            while (j < n) {
                char ch = a[j];
                byte tt = CharTable.type(ch);
                char f;
                int width = 1;
                if (tt == CharTable.SEP) {
                    if (!Character.isHighSurrogate(ch)) {
                        break;
                    }
                    f = supplementaryLetter(a, n, j);
                    if (f == 0) {
                        break;
                    }
                    width = 2;
                } else if (tt == CharTable.IGNORE) {
                    if (ch == '\u0306' && len > 0 && tok[len - 1] == 'и') {
                        tok[len - 1] = 'й';
                    }
                    if (len > 0) {
                        tokE[len - 1] = j + 1;
                    }
                    j++;
                    continue;
                } else {
                    f = CharTable.fold(ch);
                }
                // Runs longer than three collapse here so stretched words fit the buffer (хуууу…уй).
                if (len >= 3 && tok[len - 1] == f && tok[len - 2] == f && tok[len - 3] == f) {
                    tokE[len - 1] = j + width;
                    j += width;
                    continue;
                }
                if (len == WordMatcher.MAX_WORD) {
                    st.len = len;
                    word(a, st);
                    len = 0;
                }
                tok[len] = f;
                tokS[len] = j;
                tokE[len] = j + width;
                len++;
                j += width;
            }
            st.len = len;
            word(a, st);
            i = Math.max(j, i + 1);
        }
        flushGlue(a, st);
    }

    /**
     * {@code a}, or a copy of it in which each run of Latin letters and the punctuation keys beside them that
     * spells a word of the lexicon in the Russian layout is that word ("gbpltw" пиздец, "yf[eq" нахуй,
     * "blb yf[eq" иди нахуй). A char for a char, so offsets stay those of the text. A run must stand apart
     * from letters and digits (Latin inside a Cyrillic word is a look-alike, read by shape); sentence
     * punctuation after it, or a quotation mark before it, may be punctuation.
     */
    private char[] wrongLayout(char[] a, int n, State st) {
        char[] out = a;
        int i = 0;
        while (i < n) {
            // a run holds a Latin letter: skip to the next one, then back to the first key before it, so
            // Cyrillic text costs one test a char
            int p = i;
            while (p < n && !KeyboardLayout.latinLetter(a[p])) {
                p++;
            }
            if (p == n) {
                break;
            }
            while (p > i && KeyboardLayout.russian(a[p - 1]) != 0) {
                p--;
            }
            i = p;
            if (i > 0 && Character.isLetterOrDigit(a[i - 1])) {
                i++;
                continue;
            }
            int j = i;
            boolean letter = false;
            while (j < n && KeyboardLayout.russian(a[j]) != 0) {
                letter |= KeyboardLayout.latinLetter(a[j]);
                j++;
            }
            if (letter && (j == n || !Character.isLetterOrDigit(a[j])) && j - i >= 3 && j - i <= WordMatcher.MAX_WORD) {
                int from = i;
                int to = j;
                boolean found = layoutWord(a, from, to, st);
                if (!found) {
                    while (to - from > 3 && ".,;:'\"".indexOf(a[to - 1]) >= 0) {
                        to--;
                    }
                    while (to - from > 3 && "'\"<".indexOf(a[from]) >= 0) {
                        from++;
                    }
                    found = (to < j || from > i) && layoutWord(a, from, to, st);
                }
                if (found) {
                    if (out == a) {
                        out = st.layoutChars(a, n);
                    }
                    for (int k = from; k < to; k++) {
                        char r = KeyboardLayout.russian(a[k]);
                        out[k] = Character.isUpperCase(a[k]) ? Character.toUpperCase(r) : r;
                    }
                }
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    /**
     * Whether {@code a[from, to)} (layout keys, a Latin letter among them), read in the Russian layout, is a
     * form of the lexicon or fires a rule.
     */
    private boolean layoutWord(char[] a, int from, int to, State st) {
        char[] w = st.gapBuf;
        int len = to - from;
        boolean inner = false;
        for (int k = 0; k < len; k++) {
            char c = a[from + k];
            char r = KeyboardLayout.russian(c);
            w[k] = r == 'ё' ? 'е' : r;
            inner |= k < len - 1 && !KeyboardLayout.latinLetter(c);
        }
        // Short acronyms spell short forms ("UFI" гаш), and a comma after a word spells б ("CET," суеб): a run
        // of three letters, or one ending on a punctuation key, must spell a form the lexicon lists, and
        // only a run of letters is read by root ("gbpltw"), through the word cache, since English words repeat
        if (len < 4 && !inner) {
            return false;
        }
        if (lex.forms.find(w, 0, len) >= 0) {
            return true;
        }
        return KeyboardLayout.latinLetter(a[to - 1]) && len >= 5 && st.wm.match(w, len, len, 0, 0, 0, true);
    }

    /**
     * The end of π written as "3,14" or "3.14" (more digits may follow) right before a Cyrillic letter, or
     * {@code at}. A number before a unit ("3,14км") reads as "пикм", which spells no flagged word.
     */
    static int piDigits(char[] a, int n, int at) {
        if (at + 4 >= n || (a[at + 1] != ',' && a[at + 1] != '.') || a[at + 2] != '1' || a[at + 3] != '4') {
            return at;
        }
        if (at > 0 && (Character.isLetterOrDigit(a[at - 1]) || a[at - 1] == ',' || a[at - 1] == '.')) {
            return at;
        }
        int e = at + 4;
        while (e < n && e - at < 12 && a[e] >= '0' && a[e] <= '9') {
            e++;
        }
        char f = e < n ? CharTable.fold(a[e]) : 0;
        return (f >= 'а' && f <= 'я') || f == 'ё' ? e : at;
    }

    private static final int MATH_FIRST = 0x1D400;
    private static final int MATH_LAST = 0x1D7FF;
    private static final int ENCLOSED_FIRST = 0x1F130;
    private static final int ENCLOSED_LAST = 0x1F189;
    /** Mathematical alphanumerics (𝐡𝐮𝐲) and enclosed capitals (🅷) folded once, so a text of them stays cheap. */
    private static final char[] MATH = foldRange(MATH_FIRST, MATH_LAST);
    private static final char[] ENCLOSED = foldRange(ENCLOSED_FIRST, ENCLOSED_LAST);

    private static char[] foldRange(int first, int last) {
        char[] out = new char[last - first + 1];
        for (int cp = first; cp <= last; cp++) {
            String n = java.text.Normalizer.normalize(new String(Character.toChars(cp)), java.text.Normalizer.Form.NFKC);
            if (n.length() == 1) {
                char f = CharTable.fold(n.charAt(0));
                byte t = CharTable.type(f);
                out[cp - first] = t == CharTable.CYR || t == CharTable.LAT ? f : 0;
            } else if (cp >= 0x1F130 && cp <= 0x1F189 && (cp - 0x1F130) % 32 < 26) {
                // squared, negative circled and negative squared capitals have no NFKC form: A..Z in order
                out[cp - first] = (char) ('a' + (cp - 0x1F130) % 32);
            }
        }
        return out;
    }

    /** A supplementary char that is a styled Latin letter (math alphanumerics, enclosed letters), folded; else 0. */
    private static char supplementaryLetter(char[] a, int n, int i) {
        if (i + 1 >= n || !Character.isLowSurrogate(a[i + 1])) {
            return 0;
        }
        int cp = Character.toCodePoint(a[i], a[i + 1]);
        if (cp >= MATH_FIRST && cp <= MATH_LAST) {
            return MATH[cp - MATH_FIRST];
        }
        if (cp >= ENCLOSED_FIRST && cp <= ENCLOSED_LAST) {
            return ENCLOSED[cp - ENCLOSED_FIRST];
        }
        return 0;
    }

    /** One word cut from the text: trim masks that are punctuation, resolve, glue, phrases, proximity. */
    private void word(char[] a, State st) {
        int from = 0;
        int to = st.len;
        // a leading mask is punctuation, except a star and a hash before what is no word ("#уйня" for хуйня;
        // "#бабки", "#уйти" are hashtags)
        while (from < to && CharTable.type(st.tok[from]) == CharTable.MASK && st.tok[from] != '*'
                && (st.tok[from] != '#' || to - from < 4 || st.wm.known(st.tok, from + 1, to))) {
            from++;
        }
        while (to > from && CharTable.type(st.tok[to - 1]) == CharTable.MASK
                && st.tok[to - 1] != '*' && st.tok[to - 1] != '@') {
            to--;
        }
        if (from > 0) {
            System.arraycopy(st.tok, from, st.tok, 0, to - from);
            System.arraycopy(st.tokS, from, st.tokS, 0, to - from);
            System.arraycopy(st.tokE, from, st.tokE, 0, to - from);
        }
        int len = to - from;
        int cyr = 0;
        int lat = 0;
        int digit = 0;
        int mask = 0;
        for (int k = 0; k < len; k++) {
            switch (CharTable.type(st.tok[k])) {
                case CharTable.CYR -> cyr++;
                case CharTable.LAT -> lat++;
                case CharTable.DIGIT -> digit++;
                default -> mask++;
            }
        }
        int start = len > 0 ? st.tokS[0] : 0;
        int end = len > 0 ? st.tokE[len - 1] : 0;
        if (cyr + lat == 0) {
            flushGlue(a, st);
            // a number a phrase names takes part in it ("только 3 дня", "от 18 лет"); others end phrases.
            // Numbers are no words for proximity rules, which count words between their halves
            int e = digit == len && len > 0 ? lex.forms.find(st.tok, 0, len) : -1;
            if (e < 0) {
                st.phraseCount = 0;
            } else {
                phrases(st, lex.formTags[e], start, end);
            }
            return;
        }

        if (len <= 4 && cyr + lat == len) {
            addPiece(a, st, start, end, len, false);
        } else if (len <= MAX_DOTTED_PIECE && cyr + lat == len && (dotAt(a, st.textLen, start - 1) || dotAt(a, st.textLen, end))) {
            addPiece(a, st, start, end, len, true); // joins only across dots: долбо..б, ох.ели
        } else {
            flushGlue(a, st);
        }

        WordMatcher wm = st.wm;
        if (wm.match(st.tok, len, cyr, lat, digit, mask, true)) {
            for (int k = 0; k < wm.ruleCount; k++) {
                st.hits.add(wm.rules[k], start, end, wm.term);
            }
        }
        int[] tags = wm.entry >= 0 ? lex.formTags[wm.entry] : NO_TAGS;
        phrases(st, tags, start, end);
        near(st, tags, start, end);
        count(st, wm.entry, tags, start, end);
        st.wordOrd++;
    }

    private void addPiece(char[] a, State st, int start, int end, int len, boolean whole) {
        boolean single = len == 1;
        if (st.pieces > 0) {
            int dots = dots(a, st.lastPieceEnd, start);
            // a gap of dots may be as long as the letters it hides (пи....ц); other gaps are short
            boolean joinable = start - st.lastPieceEnd <= (dots > 0 ? MAX_DOTS : 3) && start > st.lastPieceEnd
                    && st.pieces < MAX_PIECES;
            boolean hasSpace = false;
            for (int k = st.lastPieceEnd; k < start && joinable; k++) {
                char c = a[k];
                if (c == '\n' || c == '\r' || CharTable.type(c) != CharTable.SEP) {
                    joinable = false;
                }
                hasSpace |= Character.isWhitespace(c);
            }
            // Single letters may be spread by spaces (х у й); longer pieces only by punctuation (пи.з.да);
            // a whole word only by dots, which may hide letters (долбо..б), never by a hyphen (кто-нибудь)
            if (joinable && hasSpace && !(single && st.lastPieceSingle)) {
                joinable = false;
            }
            // a run with hidden letters is a word ("х_й с ним", "х.й в том", "п...ц в поликлинику"); the
            // letter after a space is the next word, not more spacing
            if (joinable && hasSpace && st.gapAt >= 0) {
                joinable = false;
            }
            if ((whole || st.lastPieceWhole) && dots == 0) {
                joinable = false;
            }
            if (!joinable) {
                flushGlue(a, st);
            } else if (st.gapAt < 0) {
                // "х..ня", "зае..ли", "ох.ели", "су.а", "х_й": dots or underscores standing for the hidden
                // letters. One dot before a capital ends a sentence or an initial ("всё.Бля", "Б.Я.")
                boolean underscore = a[start - 1] == '_';
                if (dots >= 2 || (dots == 1 && (underscore || (st.glueLen >= 2 && len >= 2)
                        || Character.isLowerCase(a[start])))) {
                    st.gapAt = st.glueLen;
                    st.gapDots = dots;
                    st.gapUnderscore = underscore;
                } else if (pictograph(a, st.lastPieceEnd, start)) {
                    // an emoji inside a word hides a letter like an underscore ("пи🤬дец", "го💩но") or is
                    // only put in ("бл💩ять"): both readings are tried, the hidden letter first
                    st.gapAt = st.glueLen;
                    st.gapDots = 1;
                    st.gapUnderscore = true;
                }
            }
        }
        if (st.pieces == 0) {
            st.runCount = st.phraseCount;
            st.runOrd = st.wordOrd;
            st.firstPieceSingle = single;
            st.glueLen = 0;
            st.looseLen = -1;
            st.gapAt = -1;
            st.runWhole = false;
        }
        if (len > 2 && st.looseLen < 0) {
            // a piece of three or four letters (пиз.дец, пи-з-дец) makes the run strict: it must spell a
            // listed form exactly, so "кто-то", "т.е.", "ул.Ленина" never glue into anything; what was
            // glued before it is still tried on its own
            st.looseLen = st.glueLen;
            st.loosePieces = st.pieces;
        }
        for (int k = 0; k < len && st.glueLen < WordMatcher.MAX_WORD; k++) {
            st.glue[st.glueLen] = st.tok[k];
            st.glueS[st.glueLen] = st.tokS[k];
            st.glueE[st.glueLen] = st.tokE[k];
            st.glueLen++;
        }
        if (st.pieces == 1) {
            // The phrases under way before the first piece are kept only once a second piece joins it: one
            // step of phrases() has passed since, and it left the state it replaced in its spare arrays
            System.arraycopy(st.nextNode, 0, st.runNode, 0, st.runCount);
            System.arraycopy(st.nextStart, 0, st.runStart, 0, st.runCount);
        }
        st.pieces++;
        st.lastPieceEnd = end;
        st.lastPieceSingle = single;
        st.lastPieceWhole = whole;
        st.runWhole |= whole;
    }

    /**
     * Whether {@code a[i]} is a dot, an ellipsis or an underscore, the chars that stand for hidden letters;
     * false outside the text ({@code a} is a reused buffer).
     */
    private static boolean dotAt(char[] a, int n, int i) {
        return i >= 0 && i < n && (a[i] == '.' || a[i] == '\u2026' || a[i] == '_');
    }

    /**
     * Whether {@code a[from, to)} is one emoji. A variation selector or a skin tone after it never gets
     * here: the first is no separator and the second makes the gap too long to join.
     */
    private static boolean pictograph(char[] a, int from, int to) {
        if (to - from == 1) {
            return a[from] >= '\u2600' && a[from] <= '\u27BF';
        }
        if (to - from != 2 || !Character.isSurrogatePair(a[from], a[from + 1])) {
            return false;
        }
        int cp = Character.toCodePoint(a[from], a[from + 1]);
        return cp >= 0x1F000 && cp <= 0x1FAFF;
    }

    /** The dots of a gap made of dots or underscores only ("…" counts two), else 0. */
    private static int dots(char[] a, int from, int to) {
        int dots = 0;
        for (int k = from; k < to; k++) {
            char c = a[k];
            if (c == '\u2026') {
                dots += 2;
            } else if (c == '.' || c == '_') {
                dots++;
            } else {
                return 0;
            }
        }
        return dots;
    }

    /**
     * An ellipsis inside a glued run read as masked letters, at most one per dot (х..ня, зае..ли, пи....ц,
     * бл...ди), resolved against the flagged forms like other masks. Two words around a pause ("Ага...ну",
     * "ну...да") spell no flagged form, so they stay what they are. A single dot or underscore is read as one
     * hidden letter only between two pieces, a dot only into a listed мат form (ох.ели, су.а), an underscore,
     * never punctuation, into any мат reading (х_й, пи_деть); among more pieces it is spacing (х.у.й, glued
     * below) or ends abbreviations ("Ш.У.Е.").
     */
    private boolean flushEllipsis(char[] a, State st) {
        int at = st.gapAt;
        if (at < 1 || at >= st.glueLen || st.pieces < 2) {
            return false;
        }
        // One dot, or a whole word on either side, is as often punctuation without its space
        // ("всегда.Раньше", "ебучие.Их"): read only a listed мат form through it, and not into a capital.
        // One underscore is never punctuation, so any мат reading goes (пи_деть); both hide a letter only
        // between two pieces
        boolean strict = (st.gapDots == 1 && !st.gapUnderscore) || st.runWhole;
        if ((strict || st.gapDots == 1) && (st.pieces != 2 || (Character.isUpperCase(a[st.glueS[at]])
                && !Character.isUpperCase(a[st.glueS[at - 1]])))) {
            return false; // a dot among several pieces is spacing (пи.з.да) or an abbreviation (т.е.)
        }
        if (!strict && !st.gapUnderscore && at > 1 && st.wm.known(st.glue, 0, at) && st.wm.known(st.glue, at, st.glueLen)) {
            return false; // "Ага...ну", "да...а утром": two words the dictionary knows, around a pause
        }
        int most = Math.min(st.gapDots, 4);
        // every count of hidden letters is tried and the fullest reading wins: пиз..болы is пиздаболы
        // (мат and an insult) more than a one-letter reading that is мат alone
        int bestCount = 0;
        String bestTerm = null;
        WordMatcher wm = st.wm;
        for (int k = 1; k <= most; k++) {
            int n = 0;
            for (int i = 0; i < at; i++) {
                st.gapBuf[n++] = st.glue[i];
            }
            for (int i = 0; i < k; i++) {
                st.gapBuf[n++] = '*';
            }
            for (int i = at; i < st.glueLen && n < st.gapBuf.length; i++) {
                st.gapBuf[n++] = st.glue[i];
            }
            boolean read = strict ? wm.matchMaskedForm(st.gapBuf, n) && wm.reportedCategory(Category.OBSCENITY)
                    : readGlued(wm, st.gapBuf, n, k);
            if (read && wm.ruleCount > bestCount) {
                bestCount = wm.ruleCount;
                bestTerm = wm.term;
                System.arraycopy(wm.rules, 0, st.gapRules, 0, Math.min(bestCount, st.gapRules.length));
            }
        }
        if (bestCount == 0) {
            return false;
        }
        reportGlued(st, 0, st.gapRules, Math.min(bestCount, st.gapRules.length), bestTerm);
        return true;
    }

    private void flushGlue(char[] a, State st) {
        glueIntoPhrases(st);
        if (st.gapAt >= 0 && flushEllipsis(a, st)) {
            st.pieces = 0;
            st.glueLen = 0;
            st.gapAt = -1;
            return;
        }
        st.gapAt = -1;
        if (st.looseLen >= 0 && st.pieces >= 2) {
            int e = lex.forms.find(st.glue, 0, st.glueLen);
            if (e >= 0 && lex.formRules[e].length > 0) {
                int[] rules = lex.formRules[e];
                reportGlued(st, 0, rules, rules.length, new String(st.glue, 0, st.glueLen));
                st.pieces = 0;
                st.glueLen = 0;
                return;
            }
            st.pieces = st.loosePieces;
            st.glueLen = st.looseLen;
        }
        if (st.pieces >= 3 && st.lastPieceSingle && ONE_LETTER_WORDS.indexOf(st.glue[st.glueLen - 1]) >= 0
                && st.wm.known(st.glue, 0, st.glueLen - 1) && !st.wm.known(st.glue, 0, st.glueLen)) {
            // spaced letters that spell a word, then a one-letter word: "з а с т р а х у й т е с ним" is
            // застрахуйте and a preposition, "х у й с ним" is хуй; but "с у к а" is сука, not сук and "а"
            st.glueLen--;
            st.pieces--;
        }
        if (st.pieces >= 2 && st.glueLen >= 3 && !matchGlued(st, st.glue, 0, st.glueLen, 0)
                && st.pieces >= 3 && st.firstPieceSingle && ONE_LETTER_WORDS.indexOf(st.glue[0]) >= 0
                && !st.wm.known(st.glue, 0, st.glueLen)) {
            // a one-letter word before spaced or dotted letters is glued in with them ("и у.е.бу", "в х у й"):
            // the letters after it are read on their own, unless all of them spell a word the dictionary
            // knows ("о с к о р б л я т ь" is оскорблять, not о + скорблять)
            matchGlued(st, st.glue, 1, st.glueLen - 1, 0);
        }
        st.pieces = 0;
        st.glueLen = 0;
    }

    /**
     * A glued run that spells a word the lexicon lists takes part in phrases and proximity rules as that word ("ты к л о у н",
     * "ты ов🐑ца", "жирная с.у.к.а"): the phrases under way before its first piece step on its classes,
     * in place of whatever its letters did one by one.
     */
    private void glueIntoPhrases(State st) {
        if (st.pieces < 2 || st.glueLen < 3) {
            return;
        }
        char[] w = st.gapBuf;
        for (int i = 0; i < st.glueLen; i++) {
            char c = LookAlikes.homoglyph(st.glue[i]);
            if (c == LookAlikes.WILDCARD) {
                return;
            }
            w[i] = c;
        }
        int e = lex.forms.find(w, 0, st.glueLen);
        if (e < 0 || lex.formTags[e].length == 0) {
            return;
        }
        System.arraycopy(st.runNode, 0, st.phraseNode, 0, st.runCount);
        System.arraycopy(st.runStart, 0, st.phraseStart, 0, st.runCount);
        st.phraseCount = st.runCount;
        int start = st.glueS[0];
        int end = st.glueE[st.glueLen - 1];
        phrases(st, lex.formTags[e], start, end);
        // and proximity rules as one word: as near to the words before it as its first letter, to the words
        // after it as its last
        int ord = st.wordOrd;
        st.wordOrd = st.runOrd;
        near(st, lex.formTags[e], start, end);
        st.wordOrd = ord;
        for (int tag : lex.formTags[e]) {
            if (tag < st.seenOrd.length) {
                st.seenOrd[tag] = ord - 1;
            }
        }
    }

    /** Resolves the glued letters from char {@code from} on and reports any hit over them (see {@link #readGlued}). */
    private static boolean matchGlued(State st, char[] buf, int from, int n, int masks) {
        char[] w = buf;
        if (from > 0) {
            w = st.gapBuf;
            System.arraycopy(buf, from, w, 0, n);
        }
        WordMatcher wm = st.wm;
        if (!readGlued(wm, w, n, masks)) {
            return false;
        }
        reportGlued(st, from, wm.rules, wm.ruleCount, wm.term);
        return true;
    }

    /** Resolves {@code w[0, n)}, letters glued from pieces with {@code masks} mask chars among them. */
    private static boolean readGlued(WordMatcher wm, char[] w, int n, int masks) {
        int cyr = 0;
        int lat = 0;
        for (int i = 0; i < n; i++) {
            byte t = CharTable.type(w[i]);
            if (t == CharTable.CYR) cyr++;
            else if (t == CharTable.LAT) lat++;
        }
        return wm.match(w, n, cyr, lat, 0, masks, false);
    }

    /** Reports rules over the glued run from its char {@code from} to its last piece. */
    private static void reportGlued(State st, int from, int[] rules, int count, String term) {
        for (int k = 0; k < count; k++) {
            st.hits.add(rules[k], st.glueS[from], st.glueE[st.glueLen - 1], term);
        }
    }

    /** Advances every partial phrase by one word; words without ids end them all. */
    private void phrases(State st, int[] tags, int start, int end) {
        if (!lex.hasPhrases()) {
            return;
        }
        int n = st.phraseCount;
        int out = 0;
        int[] nn = st.nextNode;
        int[] ns = st.nextStart;
        if (tags.length > 0) {
            for (int k = -1; k < n; k++) {
                int node = k < 0 ? 0 : st.phraseNode[k];
                int pStart = k < 0 ? start : st.phraseStart[k];
                for (int tag : tags) {
                    int nx = lex.phraseStep(node, tag);
                    if (nx < 0) {
                        continue;
                    }
                    int rule = lex.phraseRuleAt(nx);
                    if (rule >= 0) {
                        st.hits.add(rule, pStart, end, lex.rules.get(rule).term());
                    }
                    if (out < MAX_STATES) {
                        nn[out] = nx;
                        ns[out] = pStart;
                        out++;
                    }
                }
            }
        }
        if (lex.fillerTag >= 0 && contains(tags, lex.fillerTag)) {
            // an interjection interrupts nothing: the phrases under way wait for the next word
            for (int k = 0; k < n && out < MAX_STATES; k++) {
                nn[out] = st.phraseNode[k];
                ns[out] = st.phraseStart[k];
                out++;
            }
        }
        st.nextNode = st.phraseNode;
        st.nextStart = st.phraseStart;
        st.phraseNode = nn;
        st.phraseStart = ns;
        st.phraseCount = out;
    }

    private static boolean contains(int[] tags, int tag) {
        for (int t : tags) {
            if (t == tag) {
                return true;
            }
        }
        return false;
    }

    /** Proximity rules: this word's classes against the last word seen of each partner class. */
    private void near(State st, int[] tags, int start, int end) {
        if (tags.length == 0) {
            return;
        }
        int ord = st.wordOrd;
        for (int tag : tags) {
            int[] partners = tag < nearByTag.length ? nearByTag[tag] : NO_TAGS;
            for (int k = 0; k < partners.length; k += 3) {
                int other = partners[k];
                if (st.seenGen[other] == st.gen && ord - st.seenOrd[other] <= partners[k + 1] && st.seenOrd[other] != ord) {
                    int rule = partners[k + 2];
                    st.hits.add(rule, Math.min(start, st.seenStart[other]), Math.max(end, st.seenEnd[other]),
                            lex.rules.get(rule).term());
                }
            }
        }
        // only tags some rule names are read back
        for (int tag : tags) {
            if (tag < nearByTag.length && nearByTag[tag].length > 0) {
                st.seenGen[tag] = st.gen;
                st.seenOrd[tag] = ord;
                st.seenStart[tag] = start;
                st.seenEnd[tag] = end;
            }
        }
    }

    /**
     * Counts distinct words per class; a count rule fires once when {@code min} of them fall within
     * {@code window} words. The window keeps a long essay that mentions work and money apart from a
     * short advert packed with them.
     */
    private void count(State st, int entry, int[] tags, int start, int end) {
        if (entry < 0 || tags.length == 0 || lex.counts.isEmpty() || st.entryGen[entry] == st.gen) {
            return;
        }
        st.entryGen[entry] = st.gen;
        int ord = st.wordOrd;
        for (int tag : tags) {
            if (tag >= countByTag.length || countByTag[tag].length == 0) {
                continue;
            }
            if (st.countGen[tag] != st.gen) {
                st.countGen[tag] = st.gen;
                st.tagCount[tag] = 0;
            }
            int n = st.tagCount[tag]++;
            int[] ring = st.countRing[tag];
            ring[n & 7] = ord;
            for (int ci : countByTag[tag]) {
                CompiledLexicon.CountRule cr = lex.counts.get(ci);
                if (n + 1 >= cr.min() && st.countFired[ci] != st.gen
                        && ord - ring[(n + 1 - cr.min()) & 7] < cr.window()) {
                    st.countFired[ci] = st.gen;
                    st.hits.add(cr.rule(), start, end, lex.rules.get(cr.rule()).term());
                }
            }
        }
    }

    // ---------------------------------------------------------------- the verdict

    private Verdict verdict(String s, State st) {
        Hits h = st.hits;
        if (h.size == 0) {
            return clean;
        }
        dropQuotedMentions(s, h);
        // A rule counts once however often it fires: ten links are no more spam than two. A rule with
        // with= counts only beside one of the rules it names (praise of what a link leads to needs the link).
        double[] score = new double[Category.values().length];
        boolean[] fired = st.fired;
        boolean[] added = st.added;
        for (int k = 0; k < h.size; k++) {
            fired[h.rule[k]] = true;
        }
        for (int k = 0; k < h.size; k++) {
            int ri = h.rule[k];
            if (!added[ri]) {
                added[ri] = true;
                CompiledLexicon.RuleInfo r = lex.rules.get(ri);
                if (r.counts(fired)) {
                    score[r.category().ordinal()] += r.weight();
                }
            }
        }
        // given= rules read the other categories' scores: a threat beside a group named is hate. The
        // category must have evidence of its own, or every threat would be hate, and with= may name which
        // (an insult stretched over a group needs the group). The positive ones read the scores of the
        // text's own matches, so neither their order nor one of them feeds another; the negative ones
        // (an insult taken back when it turns out to be aimed at a group) read the scores after them, since
        // the hate they wait for may be the insult's own doing ("учителя одни истерички")
        int givenCounted = givenRules(score, fired, true);
        givenCounted |= givenRules(score, fired, false);
        List<Match> out = new ArrayList<>();
        for (int k = 0; k < h.size; k++) {
            CompiledLexicon.RuleInfo r = lex.rules.get(h.rule[k]);
            // counter-evidence (a negative weight) lowers the score but is not evidence of a violation
            if (score[r.category().ordinal()] >= FLAGGED && r.weight() > 0 && r.counts(fired)) {
                out.add(new Match(r.category(), r.id(), h.term[k], h.start[k], h.end[k]));
            }
        }
        if (givenCounted != 0) {
            addGivenMatches(score, givenCounted, h, fired, out);
        }
        for (int k = 0; k < h.size; k++) {
            fired[h.rule[k]] = false;
            added[h.rule[k]] = false;
        }
        double spam = score[Category.SPAM.ordinal()];
        if (out.isEmpty()) {
            return spam > 0 ? new Verdict(out, lex.version, spam) : clean;
        }
        out.sort(Comparator.comparingInt(Match::start).thenComparingInt(Match::end));
        return new Verdict(out, lex.version, Math.max(0, spam));
    }

    /** Weighs the given= rules of one sign, all against the same scores; returns the bits of those that counted. */
    private int givenRules(double[] score, boolean[] fired, boolean positive) {
        int now = 0;
        for (int g = 0; g < lex.givenRules.length; g++) {
            CompiledLexicon.RuleInfo r = lex.rules.get(lex.givenRules[g]);
            if ((r.weight() > 0) == positive && score[r.given().ordinal()] >= FLAGGED
                    && score[r.category().ordinal()] > 0 && r.counts(fired)) {
                now |= 1 << g;
            }
        }
        for (int g = 0; g < lex.givenRules.length; g++) {
            if ((now & 1 << g) != 0) {
                CompiledLexicon.RuleInfo r = lex.rules.get(lex.givenRules[g]);
                score[r.category().ordinal()] += r.weight();
            }
        }
        return now;
    }

    /**
     * A given= rule that counted toward a flagged category is shown on the first evidence of the category it
     * was given, even when that category was taken back (an insult aimed at a group shows as hate's).
     */
    private void addGivenMatches(double[] score, int givenCounted, Hits h, boolean[] fired, List<Match> out) {
        for (int g = 0; g < lex.givenRules.length; g++) {
            CompiledLexicon.RuleInfo r = lex.rules.get(lex.givenRules[g]);
            if ((givenCounted & 1 << g) == 0 || r.weight() <= 0 || score[r.category().ordinal()] < FLAGGED) {
                continue;
            }
            int first = -1;
            for (int k = 0; k < h.size; k++) {
                CompiledLexicon.RuleInfo e = lex.rules.get(h.rule[k]);
                if (e.category() == r.given() && e.weight() > 0 && e.counts(fired) && (first < 0 || h.start[k] < h.start[first])) {
                    first = k;
                }
            }
            if (first >= 0) {
                out.add(new Match(r.category(), r.id(), r.term(), h.start[first], h.end[first]));
            }
        }
    }

    /** Hits of {@code quoted=mention} rules inside quotation marks name a word instead of using it. */
    private void dropQuotedMentions(String s, Hits h) {
        boolean[] keep = null;
        for (int k = 0; k < h.size; k++) {
            if (lex.rules.get(h.rule[k]).quotedIsMention() && Quotes.around(s, h.start[k], h.end[k])) {
                if (keep == null) {
                    keep = new boolean[h.size];
                    Arrays.fill(keep, true);
                }
                keep[k] = false;
            }
        }
        if (keep != null) {
            h.retain(keep);
        }
    }

    /** Per-thread scratch: buffers for the current word, glued letters, phrase states, proximity. */
    static final class State {
        final WordMatcher wm;
        final Hits hits;
        /** The text's chars (texts up to {@link #TEXT_BUFFER} chars): the pass reads an array, not the string. */
        private final char[] text = new char[TEXT_BUFFER];
        final char[] tok = new char[WordMatcher.MAX_WORD + 1];
        final int[] tokS = new int[WordMatcher.MAX_WORD + 1];
        final int[] tokE = new int[WordMatcher.MAX_WORD + 1];
        int len;

        final char[] glue = new char[WordMatcher.MAX_WORD + 1];
        final int[] glueS = new int[WordMatcher.MAX_WORD + 1];
        final int[] glueE = new int[WordMatcher.MAX_WORD + 1];
        int glueLen;
        int pieces;
        int lastPieceEnd;
        boolean lastPieceSingle;
        boolean lastPieceWhole;
        boolean firstPieceSingle;
        /** Length of the text being scanned; the char buffer may be longer. */
        int textLen;
        /** The run holds a whole word (долбо..б): it is read through its dots strictly. */
        boolean runWhole;
        /** Glue length before the first piece of three or four letters; -1 while the run has none. */
        int looseLen = -1;
        /** Rules of the fullest ellipsis reading so far. */
        final int[] gapRules = new int[8];
        /** Where an ellipsis splits the glued run (х..ня); -1 when none. */
        int gapAt = -1;
        /** Dots in the gap at {@link #gapAt}. */
        int gapDots;
        /** The gap ends in an underscore, which is never punctuation ("пи_деть", "нае_али"). */
        boolean gapUnderscore;
        final char[] gapBuf = new char[WordMatcher.MAX_WORD + 8];
        int loosePieces;

        int[] phraseNode = new int[MAX_STATES];
        int[] phraseStart = new int[MAX_STATES];
        int[] nextNode = new int[MAX_STATES];
        int[] nextStart = new int[MAX_STATES];
        int phraseCount;
        /** The phrases under way before the first piece of the current glued run (see {@link #glueIntoPhrases}). */
        final int[] runNode = new int[MAX_STATES];
        final int[] runStart = new int[MAX_STATES];
        int runCount;
        int runOrd;

        final int[] seenGen;
        final int[] seenOrd;
        final int[] seenStart;
        final int[] seenEnd;
        int gen;
        int wordOrd;

        /** Per rule: it fired in the current text (cleared after each verdict). */
        final boolean[] fired;
        /** Per rule: its weight was added to the score already (cleared after each verdict). */
        final boolean[] added;
        final int[] entryGen;
        final int[] countGen;
        final int[] tagCount;
        final int[][] countRing;
        final int[] countFired;

        State(WordMatcher wm, int tags, int rules, int forms, int counts) {
            this.entryGen = new int[forms];
            this.countGen = new int[tags];
            this.tagCount = new int[tags];
            this.countRing = new int[tags][8];
            this.countFired = new int[Math.max(1, counts)];
            this.wm = wm;
            this.fired = new boolean[rules];
            this.added = new boolean[rules];
            this.hits = new Hits(rules);
            seenGen = new int[tags];
            seenOrd = new int[tags];
            seenStart = new int[tags];
            seenEnd = new int[tags];
        }

        private char[] layout = new char[TEXT_BUFFER];

        /** A copy of {@code a[0, n)} to rewrite words typed in the wrong layout in. */
        char[] layoutChars(char[] a, int n) {
            char[] b = n <= layout.length ? layout : new char[n];
            System.arraycopy(a, 0, b, 0, n);
            return b;
        }

        char[] chars(String s) {
            int n = s.length();
            char[] a = n <= TEXT_BUFFER ? text : new char[n];
            s.getChars(0, n, a, 0);
            return a;
        }

        void begin() {
            hits.clear();
            len = 0;
            glueLen = 0;
            pieces = 0;
            phraseCount = 0;
            wordOrd = 0;
            if (++gen == 0) {
                Arrays.fill(seenGen, 0);
                Arrays.fill(entryGen, 0);
                Arrays.fill(countGen, 0);
                Arrays.fill(countFired, 0);
                gen = 1;
            }
        }
    }
}
