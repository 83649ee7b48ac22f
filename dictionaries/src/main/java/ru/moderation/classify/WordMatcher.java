package ru.moderation.classify;

import java.util.Set;
import morfologik.stemming.DictionaryLookup;
import ru.moderation.lexicon.CharTrie;
import ru.moderation.lexicon.CompiledLexicon;
import ru.moderation.lexicon.Morphology;
import ru.moderation.text.CharTable;
import ru.moderation.text.LookAlikes;

/**
 * Resolves one word (already folded by {@link CharTable}) against the lexicon. Tries readings in
 * order of how literal they are: as written with look-alikes read as Cyrillic, then transliterated,
 * then with stretched letters squeezed, then by root and prefix, and finally with masks as
 * wildcards. Root matches of a word the morphological dictionary knows as an ordinary word are
 * excused. One instance per thread: it owns its buffers.
 */
final class WordMatcher {
    static final int MAX_WORD = 64;
    private static final int WILDCARD_BUDGET = 4000;

    private final CompiledLexicon lex;
    private final DictionaryLookup tagger;
    private final char[] v = new char[MAX_WORD + 8];
    private final char[] sq = new char[MAX_WORD + 8];
    private final char[] wild = new char[MAX_WORD + 8];
    private final char[] run = new char[MAX_WORD + 8];
    private final char[] runOut = new char[2 * MAX_WORD + 8];
    private final char[] mixed = new char[2 * MAX_WORD + 8];

    /**
     * Outcomes of words met before, direct-mapped by hash. Text repeats its words (the
     * thousand commonest cover most of any comment), and most of a word's cost is the readings that find
     * nothing; the lexicon of one matcher never changes, so an outcome never goes stale.
     *
     * <p>Each slot is 8 ints (32 bytes, half a cache line) holding everything a hit needs: the outcome,
     * the form entry, up to {@link #CACHE_RULES} rule ids packed into one int, and the word itself, one
     * byte to a letter. 16,384 slots (512 KB per thread): on the 2ch comments, the most varied text we have
     * (64,000 distinct words), 32,768 slots took 1.036 times as long on an AMD EPYC host with 1 MB of L2 per
     * core (InterleavedAb, session 38), though they had been 4% faster on an earlier host; 8,192 took 1.038
     * times as long. Words with a char outside ASCII and а..яё, or longer than {@link #CACHE_MAX_LEN}, are
     * resolved each time; they are rare.
     */
    private static final int CACHE_SLOTS = 16384;
    private static final int SLOT_INTS = 8;
    private static final int CACHE_RULES = 3;
    private static final int RULE_BITS = 10;
    private static final int KEY_AT = 3;
    static final int CACHE_MAX_LEN = 4 * (SLOT_INTS - KEY_AT);
    /** Per slot: [0] length | rule count << 8 | hit << 10 (0 = empty), [1] entry, [2] rules, [3..] key. */
    private final int[] cache = new int[CACHE_SLOTS * SLOT_INTS];
    /** The term of a hit; read only when a cached word fired, which few do. */
    private final String[] cacheTerm = new String[CACHE_SLOTS];
    /** The word being looked up, one byte to a char (see {@link #keyByte}), four to an int. */
    private final int[] key = new int[SLOT_INTS - KEY_AT];

    /** Outputs of the last {@link #match} call. */
    int[] rules = new int[8];
    int ruleCount;
    String term;
    /** Form entry of the word as written (for phrases and proximity rules), or -1. */
    int entry;

    WordMatcher(CompiledLexicon lex, Morphology morph) {
        this.lex = lex;
        this.tagger = morph.newTagger();
    }

    /**
     * @param w folded chars of the word; {@code cyr/lat/digit/mask} count the char types in it
     * @return true when a rule fired; see {@link #rules}, {@link #term}
     */
    boolean match(char[] w, int len, int cyr, int lat, int digit, int mask, boolean wantEntry) {
        if (!wantEntry || len > CACHE_MAX_LEN || !packKey(w, len)) {
            return matchUncached(w, len, cyr, lat, digit, mask, wantEntry);
        }
        // a word's outcome depends on its folded chars alone (the counts are counted from them): remember
        // it. Latin and disguised words gain most, each of their readings costs a look-up
        int slot = cacheSlot(w, len);
        int base = slot * SLOT_INTS;
        int meta = cache[base];
        int keyInts = (len + 3) >>> 2;
        if ((meta & 0xFF) == len && keyEquals(base, keyInts)) {
            int rc = (meta >>> 8) & 3;
            int packed = cache[base + 2];
            for (int k = 0; k < rc; k++) {
                rules[k] = (packed >>> (k * RULE_BITS)) & ((1 << RULE_BITS) - 1);
            }
            ruleCount = rc;
            entry = cache[base + 1];
            boolean hit = (meta & (1 << 10)) != 0;
            term = hit ? cacheTerm[slot] : null;
            return hit;
        }
        boolean hit = matchUncached(w, len, cyr, lat, digit, mask, true);
        // a word firing more rules, or one with a rule id past the packing, is rare enough to resolve each time
        if (ruleCount <= CACHE_RULES) {
            int packed = 0;
            for (int k = 0; k < ruleCount; k++) {
                if (rules[k] >>> RULE_BITS != 0) {
                    return hit;
                }
                packed |= rules[k] << (k * RULE_BITS);
            }
            cache[base] = len | ruleCount << 8 | (hit ? 1 << 10 : 0);
            cache[base + 1] = entry;
            cache[base + 2] = packed;
            System.arraycopy(key, 0, cache, base + KEY_AT, keyInts);
            cacheTerm[slot] = term;
        }
        return hit;
    }

    /** Packs the word into {@link #key}; false when a char has no byte (see {@link #keyByte}). */
    private boolean packKey(char[] w, int len) {
        int k = 0;
        for (int i = 0; i < len; i += 4) {
            int packed = 0;
            for (int j = i; j < len && j < i + 4; j++) {
                int b = keyByte(w[j]);
                if (b < 0) {
                    return false;
                }
                packed |= b << ((j - i) * 8);
            }
            key[k++] = packed;
        }
        return true;
    }

    /** ASCII as itself, а..я as 0x80..0x9F, ё as 0xA0; -1 for any other char. */
    private static int keyByte(char c) {
        if (c < 0x80) {
            return c;
        }
        if (c >= 'а' && c <= 'я') {
            return 0x80 + (c - 'а');
        }
        return c == 'ё' ? 0xA0 : -1;
    }

    private boolean keyEquals(int base, int keyInts) {
        int at = base + KEY_AT;
        for (int k = 0; k < keyInts; k++) {
            if (cache[at + k] != key[k]) {
                return false;
            }
        }
        return true;
    }

    static int cacheSlot(char[] w, int len) {
        int h = 0;
        for (int i = 0; i < len; i++) {
            h = 31 * h + w[i];
        }
        return (h ^ (h >>> 13)) & (CACHE_SLOTS - 1);
    }

    private boolean matchUncached(char[] w, int len, int cyr, int lat, int digit, int mask, boolean wantEntry) {
        if (matchOnce(w, len, cyr, lat, digit, mask, wantEntry)) {
            // an allowed word is never flagged, whichever reading found it (Сукко squeezes to суко);
            // checked only on a hit, so ordinary words cost no lookup
            if (mask == 0 && lex.allow.contains(new String(w, 0, Math.min(len, MAX_WORD)))) {
                ruleCount = 0;
                term = null;
                return false;
            }
            return true;
        }
        // digits after a word number it (хуй2, user2007) when they do not read as its letters
        int t = withoutTrailingDigits(w, Math.min(len, MAX_WORD));
        int trailing = Math.min(len, MAX_WORD) - t;
        if (trailing == 0 || trailing != digit || cyr == 0 || cyr + lat < 2) {
            return false;
        }
        int keep = entry;
        boolean hit = matchOnce(w, t, cyr, lat, 0, mask, false);
        entry = keep;
        return hit;
    }

    private boolean matchOnce(char[] w, int len, int cyr, int lat, int digit, int mask, boolean wantEntry) {
        ruleCount = 0;
        term = null;
        entry = -1;
        if (len > MAX_WORD) {
            len = MAX_WORD;
        }
        boolean latinOnly = cyr == 0 && lat > 0;
        if (latinOnly && digit > 0) {
            // digits after a Latin word number it (job24, user2007); only digits among letters disguise them
            int t = withoutTrailingDigits(w, len);
            if (len - t == digit) {
                len = t;
                digit = 0;
            }
        }
        // Reading 1: Latin letters, digits and masks read by their shape (xyй, пи3дец, бл@дь).
        int wildcards = 0;
        for (int i = 0; i < len; i++) {
            char c = LookAlikes.homoglyph(w[i]);
            if (c == LookAlikes.WILDCARD) {
                wildcards++;
            }
            v[i] = c;
        }
        int exact = wildcards == 0 ? lex.forms.find(v, 0, len) : -1;
        // a Latin word as it is spelled, looked up once for the two uses below
        int own = latinOnly ? lex.forms.find(w, 0, len) : -1;
        if (wantEntry) {
            // A Latin word keeps its own spelling for phrases ("send me a pm"); others their Cyrillic reading.
            entry = latinOnly ? own : exact;
        }
        if (latinOnly && mask == 0) {
            // a Latin word the lexicon lists as it is spelled (casino, usdt, airdrop) is that word; also one
            // with letters that have no Cyrillic shape (giveaway, signals, yozing)
            if (own >= 0 && lex.formRules[own].length > 0) {
                report(lex.formRules[own], new String(w, 0, len));
                return true;
            }
        }
        if (wildcards == 0) {
            // A Latin word read by shape is trusted with roots only when a digit shows intent (E6AHOE), not for plain English.
            if (resolve(v, len, exact, !latinOnly || digit > 0, true) && !(latinOnly && onlySpam())) {
                return true; // an English word read by shape is no spam word ("RAW" is not гаш)
            }
            ruleCount = 0;
            term = null;
            // Reading 1b: digits that have a second shape (х3р → хер, бл9дь read first as бл я дь)
            // only in words that are mostly letters: "36а" is a bus route, not еба; and only after a letter:
            // a leading digit is a number glued to a word ("36тыр", "3Быть"), not a letter in disguise
            if (digit > 0 && !latinOnly && cyr + lat >= 2 && cyr + lat > digit) {
                boolean changed = false;
                for (int i = 1; i < len; i++) {
                    byte before = CharTable.type(w[i - 1]);
                    if (before != CharTable.CYR && before != CharTable.LAT) {
                        continue;
                    }
                    char alt = LookAlikes.homoglyphAlt(w[i]);
                    if (alt != 0) {
                        v[i] = alt;
                        changed = true;
                    }
                }
                int alt = changed ? lex.forms.find(v, 0, len) : -1;
                if (changed && resolve(v, len, alt, true, true)) {
                    return true;
                }
                if (wantEntry && entry < 0 && alt >= 0) {
                    entry = alt; // "ты п3тух" takes part in phrases as петух, which no first reading spells
                }
                ruleCount = 0;
                term = null;
            }
        }
        // Reading 1c: Latin letters typed by sound inside a Cyrillic word (blyaть, pиздец, Hуйня, debилы)
        if (cyr > 0 && lat > 0 && mask == 0 && wildcards == 0) {
            for (int alt = 0; alt < 2; alt++) {
                int n = soundOfLatinRuns(w, len, alt == 1);
                int e = n > 0 ? lex.forms.find(mixed, 0, n) : -1;
                // A word whose shape reading is an ordinary word is read by sound only into a listed form:
                // "оcкорблять" with a Latin c is оскорблять, not оцкорблять with a root inside, while "uроды"
                // is уроды more than ироды. Asked only of a sound reading that flags, so after a hit
                if (n > 0 && resolve(mixed, n, e, true, true)
                        && ((e >= 0 && lex.formRules[e].length > 0) || !shapeIsOrdinary(w, len))) {
                    return true;
                }
                ruleCount = 0;
                term = null;
            }
        }
        // Reading 2: a Latin-only word read by sound (blyat, nahuy, pizdec, suka).
        if (latinOnly) {
            if (lex.allow.contains(new String(w, 0, len))) {
                return false;
            }
            int heard = -1;
            for (int alt = 0; alt < 2; alt++) {
                int n = LookAlikes.translit(w, len, v, alt == 1);
                int e = lex.forms.find(v, 0, n);
                if (resolve(v, n, e, true, true)) {
                    return true;
                }
                if (heard < 0) {
                    heard = e;
                }
                ruleCount = 0;
                term = null;
                // chat transliteration drops the soft sign ("mraz", "tvar"): put it back after a final consonant,
                // for the word's own rules only ("bit" is no бить in a phrase)
                if (alt == 0 && n > 1 && n < v.length && "бвгджзклмнпрстфхцчшщ".indexOf(v[n - 1]) >= 0) {
                    v[n] = 'ь';
                    int soft = lex.forms.find(v, 0, n + 1);
                    if (soft >= 0 && resolve(v, n + 1, soft, true, true)) {
                        return true;
                    }
                    ruleCount = 0;
                    term = null;
                }
            }
            if (wantEntry && entry < 0 && (len >= 2 || "вскуо".indexOf(v[0]) >= 0)) {
                // a word typed in Latin by sound takes part in phrases as the word it spells ("ty tupaya ovca");
                // a single letter only as a preposition ("v ls"), else it is a model or a variable ("h770", "x")
                entry = heard;
            }
            return false;
        }
        // Reading 3: masks stand for unknown letters, resolved against the flagged forms (х*й, ху*ня).
        if (mask > 0 && cyr + lat >= 2) {
            int lead = 0;
            while (v[lead] == LookAlikes.WILDCARD) {
                lead++;
            }
            if (lead >= 2 && cyr + lat <= 2) {
                // markdown stars before a short word ("**Ты че**", "**Ну и все**") would leave two letters
                // to stand for a whole flagged word, and some form always ends in them (ваты, говну)
                return false;
            }
            // stars around a whole word are markdown ("**Хуйню**", "нахуй**", "*сука*"): the word itself
            // first. One star on one side is a hidden letter (бл* is бля, not "бл")
            int end = len;
            while (v[end - 1] == LookAlikes.WILDCARD) {
                end--;
            }
            int trail = len - end;
            boolean markdown = lead >= 2 || trail >= 2 || (lead == 1 && trail == 1);
            if (markdown && lead + trail == wildcards && end - lead >= 2) {
                System.arraycopy(v, lead, wild, 0, end - lead);
                if (resolve(wild, end - lead, lex.forms.find(wild, 0, end - lead), true, true)) {
                    return true;
                }
                ruleCount = 0;
                term = null;
            }
            int n = len;
            toWildcards(w, len);
            if (wildcardLookup(wild, n)) {
                return true;
            }
            // Masks between single letters are separators (х+у+й, б|л|я): read the letters alone.
            if (alternating(w, len)) {
                int m = 0;
                for (int i = 0; i < len; i += 2) {
                    wild[m++] = LookAlikes.homoglyph(w[i]);
                }
                if (resolve(wild, m, lex.forms.find(wild, 0, m), true, true)) {
                    return true;
                }
                ruleCount = 0;
                term = null;
            }
            // A mask in a derived word the form list cannot hold (за*бали, нае**ли): try each letter for
            // the first mask, by root; masks after the root are its ending and need no letter
            if (mask <= 3 && cyr >= 2) {
                int at = 0;
                while (at < n - 1 && CharTable.type(w[at]) != CharTable.MASK) {
                    at++; // the first mask, not a digit without a letter shape
                }
                // (not a first letter: "#бабло" is a hashtag, not е-бабло; a hidden first letter must make a listed form)
                for (int k = 0; at > 0 && k < MASKED_LETTERS.length(); k++) {
                    wild[at] = MASKED_LETTERS.charAt(k);
                    if (rootScan(wild, n, true) >= 0 && resolve(wild, n, -1, true, false)) {
                        // the filled word takes part in phrases as that word ("овца е*аная")
                        int e = lex.forms.find(wild, 0, n);
                        if (e >= 0) {
                            entry = e;
                        }
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Length of {@code w[0, len)} without the digits it ends with. */
    private static int withoutTrailingDigits(char[] w, int len) {
        int t = len;
        while (t > 0 && CharTable.type(w[t - 1]) == CharTable.DIGIT) {
            t--;
        }
        return t;
    }

    /** Copies the word into {@link #mixed} with each run of Latin letters transliterated; returns its length. */
    private int soundOfLatinRuns(char[] w, int len, boolean alt) {
        int n = 0;
        int i = 0;
        while (i < len && n < MAX_WORD) {
            if (CharTable.type(w[i]) != CharTable.LAT) {
                mixed[n++] = w[i++];
                continue;
            }
            int r = 0;
            while (i < len && CharTable.type(w[i]) == CharTable.LAT) {
                run[r++] = w[i++];
            }
            int t = LookAlikes.translit(run, r, runOut, alt);
            for (int k = 0; k < t && n < MAX_WORD; k++) {
                mixed[n++] = runOut[k];
            }
        }
        return n;
    }

    /** Letter, mask, letter, mask, …, letter: at least three letters each followed by one mask. */
    private static boolean alternating(char[] w, int len) {
        if (len < 5 || len % 2 == 0) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            boolean maskHere = CharTable.type(w[i]) == CharTable.MASK;
            if (maskHere != (i % 2 == 1)) {
                return false;
            }
        }
        return true;
    }

    /** Letters a single mask most often hides, vowels first. */
    private static final String MASKED_LETTERS = "еиуаояюыйбвгджзклмнпрстфхцчшщъь";

    /** Exact form, then squeezed repeats, then roots; {@code roots} off for Latin look-alike readings. */
    private boolean resolve(char[] s, int len, int e, boolean roots, boolean squeeze) {
        if (e >= 0 && lex.formRules[e].length > 0) {
            report(lex.formRules[e], new String(s, 0, len));
            appendRootFamily(s, len, roots);
            return true;
        }
        int n = len;
        boolean squeezed = false;
        if (squeeze) {
            n = squeezeInto(s, len, sq);
            squeezed = n < len;
            if (squeezed) {
                int e2 = lex.forms.find(sq, 0, n);
                if (e2 >= 0 && lex.formRules[e2].length > 0) {
                    if (entry < 0) {
                        // a stretched flagged word takes part in phrases as that word ("сууука продажная"); an
                        // ordinary word keeps its doubled letters (наркологии is not наркологи)
                        entry = e2;
                    }
                    report(lex.formRules[e2], new String(sq, 0, n));
                    appendRootFamily(sq, n, roots); // раааспиииздяяяй is мат as well as an insult, like распиздяй
                    return true;
                }
            }
        }
        int r = rootScan(s, len, roots);
        if (r < 0 && squeezed) {
            r = rootScan(sq, n, roots);
        }
        if (r >= 0 && !excused(s, len) && !(squeezed && excused(sq, n))) {
            rules[0] = r;
            ruleCount = 1;
            // masks a root reading left unfilled (the ending in нае**ли) show as masks, not as NUL
            term = new String(s, 0, len).replace(LookAlikes.WILDCARD, '*');
            return true;
        }
        return false;
    }

    private boolean onlySpam() {
        for (int i = 0; i < ruleCount; i++) {
            if (lex.rules.get(rules[i]).category() != Category.SPAM) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads masks only as letters of a listed flagged form (the strictest reading), for masks that may
     * as well be punctuation: a dot between two words is a mask in "ох.ели", a missing space in
     * "всегда.Раньше", and only the listed form tells them apart.
     */
    boolean matchMaskedForm(char[] w, int len) {
        ruleCount = 0;
        term = null;
        entry = -1;
        if (len > MAX_WORD) {
            return false;
        }
        toWildcards(w, len);
        return wildcardLookup(wild, len);
    }

    /** Whether the word read by the shape of its letters ({@code оcкорблять} → оскорблять) is an ordinary word. */
    private boolean shapeIsOrdinary(char[] w, int len) {
        toWildcards(w, len);
        return excused(wild, len);
    }

    /** Copies the word into {@link #wild}: masks become wildcards, other chars their letter shape. */
    private void toWildcards(char[] w, int len) {
        for (int i = 0; i < len; i++) {
            char c = w[i];
            wild[i] = CharTable.type(c) == CharTable.MASK ? LookAlikes.WILDCARD : LookAlikes.homoglyph(c);
        }
    }

    /**
     * A listed word can belong to a root family of another category too (пидорасы: a slur and мат):
     * adds that family's rule unless its category is already reported or the word is an ordinary one.
     */
    private void appendRootFamily(char[] s, int len, boolean roots) {
        int r = rootScan(s, len, roots);
        if (r >= 0 && !reportedCategory(lex.rules.get(r).category()) && !excused(s, len)) {
            append(r);
        }
    }

    /** Whether the last match fired a rule of {@code c}. */
    boolean reportedCategory(Category c) {
        for (int i = 0; i < ruleCount; i++) {
            if (lex.rules.get(rules[i]).category() == c) {
                return true;
            }
        }
        return false;
    }

    private void append(int r) {
        if (ruleCount == rules.length) {
            rules = java.util.Arrays.copyOf(rules, ruleCount + 4);
        }
        rules[ruleCount++] = r;
    }

    private void report(int[] rs, String t) {
        if (rules.length < rs.length) {
            rules = new int[rs.length];
        }
        System.arraycopy(rs, 0, rules, 0, rs.length);
        ruleCount = rs.length;
        term = t;
    }

    /** Collapses every run of one letter to a single letter: хууууй → хуй, ПИИИЗДЕЦ → пиздец. */
    static int squeezeInto(char[] s, int len, char[] out) {
        int n = 0;
        for (int i = 0; i < len; i++) {
            if (n == 0 || out[n - 1] != s[i]) {
                out[n++] = s[i];
            }
        }
        return n;
    }

    /**
     * Rule index of the first root found, or -1. Prefix-bound roots are tried at every position a
     * chain of prefixes reaches from the start of the word (по-на-хуй, рас-пизд-яй, долбо-еб); a
     * prefix ending in a consonant reaches a vowel-initial root only through ъ/ь (съеб, въеб), which
     * is what keeps себе, вебинар and небо apart from еб-. Infixes match anywhere.
     */
    int rootScan(char[] s, int len, boolean prefixBound) {
        if (prefixBound && !lex.roots.isEmpty()) {
            // bit i of `vowelOk`: a root may start at i whatever its first letter; of `consOnly`: only a consonant-initial root.
            long vowelOk = 1L;
            long consOnly = 0L;
            int limit = Math.min(len, 63);
            for (int p = 0; p < limit; p++) {
                long bit = 1L << p;
                if (((vowelOk | consOnly) & bit) == 0) {
                    continue;
                }
                int r = walk(lex.roots, s, p, len, (vowelOk & bit) != 0);
                if (r >= 0) {
                    return r;
                }
                CharTrie pt = lex.prefixes;
                int node = pt.root();
                for (int q = p; q < limit; q++) {
                    node = pt.child(node, s[q]);
                    if (node == CharTrie.NONE) {
                        break;
                    }
                    int val = pt.value(node);
                    if (val == CharTrie.NONE || q + 1 >= len) {
                        continue;
                    }
                    if (val == 0) {
                        vowelOk |= 1L << (q + 1);
                    } else {
                        consOnly |= 1L << (q + 1);
                        char nx = s[q + 1];
                        if ((nx == 'ъ' || nx == 'ь') && q + 2 < limit) {
                            vowelOk |= 1L << (q + 2);
                        }
                    }
                }
            }
        }
        if (!lex.infixes.isEmpty()) {
            for (int p = 0; p < len; p++) {
                int r = walk(lex.infixes, s, p, len, true);
                if (r >= 0) {
                    return r;
                }
            }
        }
        return -1;
    }

    private static int walk(CharTrie t, char[] s, int p, int len, boolean vowelStartOk) {
        if (!vowelStartOk && isVowel(s[p])) {
            return -1;
        }
        if (!t.mayStart(s, p, len)) {
            return -1;
        }
        int node = t.root();
        for (int q = p; q < len; q++) {
            node = t.child(node, s[q]);
            if (node == CharTrie.NONE) {
                return -1;
            }
            int v = t.value(node);
            if (v != CharTrie.NONE) {
                return v;
            }
        }
        return -1;
    }

    /** Bit {@code c - 'а'} for each vowel а..я. */
    private static final int VOWELS = vowelBits("аеиоуыэюя");

    private static int vowelBits(String vowels) {
        int bits = 0;
        for (int i = 0; i < vowels.length(); i++) {
            bits |= 1 << (vowels.charAt(i) - 'а');
        }
        return bits;
    }

    private static boolean isVowel(char c) {
        return c >= 'а' && c <= 'я' && (VOWELS & 1 << (c - 'а')) != 0;
    }

    /** Whether the morphological dictionary knows {@code s[from, to)} as a word (folded Cyrillic). */
    boolean known(char[] s, int from, int to) {
        return !lemmas(new String(s, from, to - from)).isEmpty();
    }

    /** The word's lemmas in the morphological dictionary; none for a word it cannot hold. */
    private Set<String> lemmas(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'а' || c > 'я') {
                return Set.of(); // the dictionary is KOI8-R Cyrillic; anything else is unknown to it
            }
        }
        return Morphology.lemmas(tagger, word);
    }

    /**
     * A word that contains a root is excused when it is on the allow-list, or when the
     * morphological dictionary knows it with a lemma that is not flagged (мандат, бляха,
     * застрахуйте, психуй, оскорблять). Obscene words the dictionary knows (хуй, блядь, мудак) are
     * therefore listed as {@code word} lemmas: LexiconAuditTest keeps that true.
     */
    boolean excused(char[] s, int len) {
        String word = new String(s, 0, len);
        if (lex.allow.contains(word)) {
            return true;
        }
        for (String lemma : lemmas(word)) {
            if (lex.flaggedLemmas.contains(lemma)) {
                continue;
            }
            return true;
        }
        return false;
    }

    /**
     * Finds a flagged form matching the pattern, where each wildcard stands for one letter and a run
     * of two or more wildcards for one to (run + 2) letters: people write п**да and п***ц alike.
     * The search is bounded, so a word of masks costs a constant.
     */
    private boolean wildcardLookup(char[] p, int len) {
        // One letter per mask first (п**да → пизда, not паскуда); only then a run may stretch.
        budget = WILDCARD_BUDGET;
        loose = false;
        fallback = -1;
        int e = wildDfs(lex.flaggedForms.root(), p, 0, len, 0);
        if (e < 0 && fallback < 0) {
            budget = WILDCARD_BUDGET;
            loose = true;
            e = wildDfs(lex.flaggedForms.root(), p, 0, len, 0);
        }
        if (e < 0) {
            e = fallback;
        }
        if (e >= 0) {
            // the word behind the masks takes part in phrases as that word ("иди нах*й", "ты к*зёл")
            entry = e;
            String key = lex.forms.key(e);
            report(lex.formRules[e], key);
            // the word behind the masks gets every category it has unmasked (ху*сосов is мат and an insult)
            appendRootFamily(key.toCharArray(), key.length(), true);
            return true;
        }
        return false;
    }

    private int budget;
    private boolean loose;
    private int fallback;

    private boolean isObscene(int entry) {
        for (int r : lex.formRules[entry]) {
            if (lex.rules.get(r).category() == Category.OBSCENITY) {
                return true;
            }
        }
        return false;
    }

    private int wildDfs(int node, char[] p, int i, int len, int depth) {
        if (--budget < 0 || depth > 2 * MAX_WORD) {
            return -1;
        }
        CharTrie t = lex.flaggedForms;
        if (i == len) {
            int v = t.value(node);
            if (v >= 0 && !isObscene(v)) {
                // keep looking for a mat reading: a masked word is far more often мат than an insult
                if (fallback < 0) {
                    fallback = v;
                }
                return -1;
            }
            return v;
        }
        char c = p[i];
        if (c != LookAlikes.WILDCARD) {
            int ch = t.child(node, c);
            return ch == CharTrie.NONE ? -1 : wildDfs(ch, p, i + 1, len, depth + 1);
        }
        int run = 1;
        while (i + run < len && p[i + run] == LookAlikes.WILDCARD) {
            run++;
        }
        if (!loose || run == 1) {
            return wildSpan(node, p, i + run, len, depth, run);
        }
        // A run of masks rarely matches the letter count exactly (п***ц for пиздец): try the counts
        // nearest to the run first, so the shortest plausible word wins over a longer look-alike.
        for (int d = 0; d <= 2; d++) {
            for (int k : new int[] {run + d, run - d}) {
                if (k < 1 || (d == 0 && k != run + d)) {
                    continue;
                }
                int r = wildSpan(node, p, i + run, len, depth, k);
                if (r >= 0) {
                    return r;
                }
            }
        }
        return -1;
    }

    /** Consumes exactly {@code k} letters for a run of wildcards, then continues at {@code next}. */
    private int wildSpan(int node, char[] p, int next, int len, int depth, int k) {
        if (k == 0) {
            return wildDfs(node, p, next, len, depth);
        }
        CharTrie t = lex.flaggedForms;
        for (int ch = t.firstChild(node); ch != CharTrie.NONE; ch = t.nextSibling(ch)) {
            if (--budget < 0) {
                return -1;
            }
            int r = wildSpan(ch, p, next, len, depth + 1, k - 1);
            if (r >= 0) {
                return r;
            }
        }
        return -1;
    }
}
