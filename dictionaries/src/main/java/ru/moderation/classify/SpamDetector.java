package ru.moderation.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ru.moderation.lexicon.CompiledLexicon;
import ru.moderation.text.LookAlikes;

/**
 * Structural spam signals found on the raw text, each a hand-written linear scan (no regular
 * expressions on user text): links, classified by host as invite, shortener, official or other;
 * phone numbers; messenger handles and e-mail addresses; words that mix Cyrillic with Latin or
 * Greek look-alikes. Which of them count, and how much, is data: {@code detector} lines in spam.txt.
 */
final class SpamDetector {
    private static final int MAX_URL = 256;

    private final int invite;
    private final int shortener;
    private final int phishing;
    private final List<String> brands;
    private final List<String> brandHomes;
    private final int other;
    private final int phone;
    private final int handle;
    private final int money;
    private final int moneyRate;
    /** an amount offered "from": "от 3000 в день", "оплата от 5 000 ₽" (-1 when no rule reads it). */
    private final int moneyFrom;
    /** a price tag: "Электрик на объект - 230 000 р/мес", "Переустановить систему - 15.000" (-1 when no rule reads it). */
    private final int moneyTag;
    /** a link written apart to slip past filters: "t . me / x", "dengi(точка)ru" (-1 when no rule reads it). */
    private final int obfuscatedLink;
    /** a phone number typed digit by digit: "8-9-1-7-3-3-3-2-1-1-0" (-1 when no rule reads it). */
    private final int phoneSpread;
    /** a lone "+" ("ставьте +", "кто в деле +"): the reply a mailing asks for (-1 when no rule reads it). */
    private final int plus;
    /** the 🔞 sign (-1 when no rule reads it). */
    private final int adultSign;
    /** mixed-script rules as (minimum number of mixed words, rule index) pairs. */
    private final int[][] mixed;
    /**
     * the shape of an advert, as (minimum count, rule index) pairs: exclamation marks, lure emoji
     * (list lure) and words of four or more Cyrillic capitals ("СРОЧНО", "ВАКАНСИЯ"), counted in the pass.
     */
    private final int[][] shape;
    /** lure emoji (list lure) as sorted code points. */
    private final int[] lure;
    /** a handle after a word of recommendation (list handle_lead: "через @x", "благодаря @x"); -1 when no rule reads it. */
    private final int handleLead;
    private final WordList handleLeads;
    /** Messenger names that label an account written without "@" ("tg: prawa_24", "на Тг job025"): list handle_label. */
    private final WordList handleLabels;
    /** many handles as (minimum count, rule index) pairs ("Привет @a @b @c @d …"). */
    private final int[][] manyHandles;
    /** letters of Han, Kana, Hangul, Thai or Arabic script, as (minimum count, rule index) pairs. */
    private final int[][] script;
    private final Set<String> tlds;
    private final WordList currency;
    private final WordList rate;
    /** The rates that may stand before an amount as well: "в месяц от 500 000 р.", "в неделю до 70 000 рублей". */
    private final WordList ratePeriods;
    private final WordList payLead;
    private final List<String> invites;
    private final Set<String> shorteners;
    private final List<String> official;
    private final List<String> officialPrefixes;
    private static final WordList FROM = new WordList(List.of("от"));
    private static final WordList UP_TO = new WordList(List.of("до"));

    SpamDetector(CompiledLexicon lex) {
        int inv = -1, sh = -1, oth = -1, phi = -1, ph = -1, hd = -1, mo = -1, mr = -1, mf = -1, mt = -1;
        int obf = -1, ps = -1, pl = -1, ad = -1;
        List<int[]> mx = new ArrayList<>();
        List<int[]> sh2 = new ArrayList<>();
        List<int[]> mh = new ArrayList<>();
        List<int[]> sc = new ArrayList<>();
        int hl = -1;
        for (CompiledLexicon.DetectorRule d : lex.detectors) {
            switch (d.kind()) {
                case "link" -> {
                    switch (d.arg()) {
                        case "invite" -> inv = d.rule();
                        case "shortener" -> sh = d.rule();
                        case "other" -> oth = d.rule();
                        case "phishing" -> phi = d.rule();
                        case "obfuscated" -> obf = d.rule();
                        default -> throw new IllegalArgumentException("detector link: unknown kind " + d.arg());
                    }
                }
                case "phone" -> ph = d.rule();
                case "handle" -> hd = d.rule();
                case "money" -> mo = d.rule();
                case "money-rate" -> mr = d.rule();
                case "money-from" -> mf = d.rule();
                case "money-tag" -> mt = d.rule();
                case "phone-spread" -> ps = d.rule();
                case "plus" -> pl = d.rule();
                case "adult-sign" -> ad = d.rule();
                case "mixed-script" -> mx.add(atLeast(d, 1));
                case "shape" -> sh2.add(atLeast(d, 1));
                case "handles" -> mh.add(atLeast(d, 2));
                case "script" -> sc.add(atLeast(d, 1));
                case "handle-lead" -> hl = d.rule();
                default -> throw new IllegalArgumentException("unknown detector " + d.kind());
            }
        }
        invite = inv;
        shortener = sh;
        phishing = phi;
        brands = lex.lists.getOrDefault("brand", List.of());
        brandHomes = lex.lists.getOrDefault("brand_home", List.of());
        other = oth;
        phone = ph;
        handle = hd;
        money = mo;
        moneyRate = mr;
        moneyFrom = mf;
        moneyTag = mt;
        obfuscatedLink = obf;
        phoneSpread = ps;
        plus = pl;
        adultSign = ad;
        mixed = mx.toArray(new int[0][]);
        shape = sh2.toArray(new int[0][]);
        manyHandles = mh.toArray(new int[0][]);
        script = sc.toArray(new int[0][]);
        handleLead = hl;
        handleLeads = words(lex, "handle_lead");
        handleLabels = words(lex, "handle_label");
        lure = lex.lists.getOrDefault("lure", List.of()).stream().mapToInt(w -> w.codePointAt(0)).sorted().distinct().toArray();
        invites = lex.lists.getOrDefault("invite", List.of());
        shorteners = new HashSet<>(lex.lists.getOrDefault("shortener", List.of()));
        official = lex.lists.getOrDefault("official", List.of());
        officialPrefixes = lex.lists.getOrDefault("official_prefix", List.of());
        tlds = new HashSet<>(lex.lists.getOrDefault("tld", List.of()));
        currency = words(lex, "currency");
        rate = words(lex, "rate");
        ratePeriods = new WordList(lex.lists.getOrDefault("rate", List.of()).stream()
                .filter(r -> r.startsWith("в ") || r.startsWith("за ")).toList());
        payLead = words(lex, "pay_lead");
    }

    /** A counting detector as (minimum count, rule index): its argument, or {@code dflt} when it has none. */
    private static int[] atLeast(CompiledLexicon.DetectorRule d, int dflt) {
        return new int[] {d.arg().isEmpty() ? dflt : Integer.parseInt(d.arg().trim()), d.rule()};
    }

    private static WordList words(CompiledLexicon lex, String list) {
        return new WordList(lex.lists.getOrDefault(list, List.of()));
    }

    /** {@code a} holds the chars of {@code s} (a reused buffer: it may be longer); the main loop reads it. */
    void scan(String s, char[] a, Hits hits) {
        int n = s.length();
        int lastLinkEnd = -1;
        int mixedWords = 0;
        int firstMixedStart = -1;
        int firstMixedEnd = -1;
        // end of the reply prefix ("@a @b текст", "'@a текст"): handles there address people; -1 once text began
        int openingEnd = 0;
        int i = 0;
        boolean plusSeen = false;
        boolean adultSeen = false;
        boolean obfSeen = false;
        int shapeCount = 0;
        int shapeStart = -1;
        int capsWords = 0;
        int capsStart = -1;
        int lowerWords = 0;
        int handles = 0;
        int scriptChars = 0;
        int scriptStart = -1;
        boolean words = mixed.length > 0 || shape.length > 0 || script.length > 0;
        while (i < n) {
            char c = a[i];
            if (shape.length > 0) {
                // one comparison for most chars: '!' and the emoji blocks (U+2000..U+2BFF, surrogate pairs)
                // a run of one mark counts once ("!!!!", "🔥🔥🔥" is one shout; "Акция! Скидки! Звони!" three)
                if ((c == '!' || ((c >= '\u2000' && c < '\u2C00') || (Character.isHighSurrogate(c) && i + 1 < n)) && isLure(s, i, c))
                        && !repeatsMark(s, i, c)) {
                    if (shapeStart < 0) {
                        shapeStart = i;
                    }
                    shapeCount++;
                }
            }
            if (c == '+' && plus >= 0 && !plusSeen && lonePlus(s, i)) {
                plusSeen = true;
                hits.add(plus, i, i + 1, "+");
            } else if (c == '\uD83D' && adultSign >= 0 && !adultSeen && i + 1 < n && a[i + 1] == '\uDD1E') {
                adultSeen = true;
                hits.add(adultSign, i, i + 2, "🔞");
            }
            if (handle >= 0 && !handleLabels.isEmpty() && isHandleChar(c) && c != '_'
                    && (i == 0 || (!isHandleChar(a[i - 1]) && "@./".indexOf(a[i - 1]) < 0))) {
                labelledHandle(s, i, hits);
            }
            if (obfuscatedLink >= 0 && !obfSeen && isAsciiLetter(c) && (i == 0 || !isHostChar(a[i - 1]))) {
                int end = obfuscatedLink(s, i, hits);
                if (end > i) {
                    obfSeen = true;
                }
            }
            if (c == '.' && i > lastLinkEnd && (invite | shortener | other) >= 0) {
                int end = link(s, i, hits);
                if (end == i && obfuscatedLink >= 0) {
                    end = lookAlikeLink(s, i, hits);
                }
                if (end > i) {
                    lastLinkEnd = end;
                    i = end;
                    continue;
                }
            } else if (c == '@' && handle >= 0) {
                boolean opening = openingEnd >= 0 && onlySpacesAndQuotes(s, openingEnd, i);
                openingEnd = -1;
                int end = handle(s, i, hits, opening);
                if (end > i) {
                    if (opening || quotes(s, i, end)) {
                        // "RT @a:" and "@a:" quote someone: the handles right after them address people too
                        openingEnd = end < n && a[end] == ':' ? end + 1 : end;
                    } else {
                        handles++;
                    }
                    i = end;
                    continue;
                }
            } else if ((c == '+' || c == '$' || (c >= '0' && c <= '9')) && (i == 0 || !Character.isLetterOrDigit(a[i - 1]))) {
                int end = phone >= 0 && c != '$' ? phone(s, i, hits) : i;
                if (end == i && phone >= 0 && c != '$' && c != '+') {
                    end = spokenPhone(s, a, i, hits);
                }
                if (end == i && (money >= 0 || moneyRate >= 0 || moneyFrom >= 0)) {
                    end = money(s, i, hits);
                }
                if (end > i) {
                    i = end;
                    continue;
                }
            }
            // ASCII non-letters (spaces, punctuation: most of the non-letters) skip the Unicode tables
            if (words && (isLetter(c) || (c >= 0x80 && (Character.isLetter(c) || Character.isHighSurrogate(c))))) {
                // a word: letters of any script, and a 0 or 3 between two Cyrillic letters ("ТВ0И", "пр0дам")
                int j = i;
                boolean cyr = false;
                boolean look = false;
                int capitals = 0;
                while (j < n && j - i < 64) {
                    char ch = a[j];
                    if (isCyrillic(ch)) {
                        cyr = true;
                        if ((ch >= 'А' && ch <= 'Я') || ch == 'Ё') {
                            capitals++;
                        }
                    } else if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '\u0370' && ch <= '\u03FF')
                            || (ch >= '\u1D00' && ch <= '\u1D7F')) {
                        look = true;
                    } else if (Character.isHighSurrogate(ch) && j + 1 < n && Character.isLetter(Character.codePointAt(a, j, n))) {
                        look = true; // mathematical letters (𝓚, 𝑻): a letter of another script, two chars long
                        j++;
                    } else if (ch >= 0x80 && Character.isLetter(ch) && !isLetter(ch)) {
                        look = true; // Latin with diacritics, Cherokee, Canadian syllabics, letterlike symbols (ℍ)
                        if (isFarScript(ch)) {
                            if (scriptStart < 0) {
                                scriptStart = j;
                            }
                            scriptChars++;
                        }
                    } else if (!isLetter(ch)) {
                        if ((ch == '0' || ch == '3') && j > i && j + 1 < n && isCyrillic(a[j - 1]) && isCyrillic(a[j + 1])) {
                            look = true;
                        } else {
                            break;
                        }
                    }
                    j++;
                }
                if (cyr && look) {
                    mixedWords++;
                    if (firstMixedStart < 0) {
                        firstMixedStart = i;
                        firstMixedEnd = j;
                    }
                }
                // a shouted word of the advert ("СРОЧНО", "БЕСПЛАТНО"); abbreviations (МФЦ, ЖКХ, ДТП) are shorter
                if (capitals >= 4 && capitals == j - i) {
                    if (capsStart < 0) {
                        capsStart = i;
                    }
                    capsWords++;
                } else if (cyr && !look && capitals < j - i) {
                    lowerWords++;
                }
                i = Math.max(j, i + 1);
                continue;
            }
            i++;
        }
        fireCounts(hits, mixed, mixedWords, firstMixedStart, firstMixedEnd, " слов(а) со смешанными алфавитами");
        // shouted words stand out of an advert's ordinary text; a resident typing with caps lock on
        // shouts every word, and that is no advert
        if (capsWords > 0 && capsWords <= lowerWords) {
            shapeCount += capsWords;
            shapeStart = shapeStart < 0 ? capsStart : Math.min(shapeStart, capsStart);
        }
        fireCounts(hits, shape, shapeCount, shapeStart, shapeStart + 1, " знаков рекламы (!, эмодзи, КАПС)");
        fireCounts(hits, manyHandles, handles, 0, n, " аккаунтов");
        fireCounts(hits, script, scriptChars, scriptStart, scriptStart + 1, " знаков другого письма");
    }

    /** Fires each counting rule (minimum count, rule index) that {@code count} reaches; the term says how many. */
    private static void fireCounts(Hits hits, int[][] rules, int count, int start, int end, String what) {
        for (int[] m : rules) {
            if (count >= m[0]) {
                hits.add(m[1], start, end, count + what);
            }
        }
    }

    /** The mark at {@code i} repeats the one right before it (a variation selector between them is skipped). */
    private static boolean repeatsMark(String s, int i, char c) {
        int p = i;
        if (p > 0 && s.charAt(p - 1) == '\uFE0F') {
            p--;
        }
        if (Character.isHighSurrogate(c)) {
            return p >= 2 && s.charAt(p - 2) == c && s.charAt(p - 1) == s.charAt(i + 1);
        }
        return p >= 1 && s.charAt(p - 1) == c;
    }

    /** The handle at {@code at} (ending at {@code end}) quotes its author: "RT @a" or "@a:". */
    private static boolean quotes(String s, int at, int end) {
        if (end < s.length() && s.charAt(end) == ':') {
            return true;
        }
        int k = at;
        while (k > 0 && Character.isWhitespace(s.charAt(k - 1))) {
            k--;
        }
        return k >= 2 && s.regionMatches(true, k - 2, "RT", 0, 2) && (k == 2 || !isHandleChar(s.charAt(k - 3)));
    }

    /** A lure emoji (list lure) at {@code i}: one char, or a surrogate pair. */
    private boolean isLure(String s, int i, char c) {
        if (lure.length == 0) {
            return false;
        }
        int cp = Character.isHighSurrogate(c) ? s.codePointAt(i) : c;
        return Arrays.binarySearch(lure, cp) >= 0;
    }

    /** Han, Kana, Hangul, Thai, Arabic: scripts a Russian city chat does not write in. */
    private static boolean isFarScript(char ch) {
        return (ch >= '\u4E00' && ch <= '\u9FFF') || (ch >= '\u3040' && ch <= '\u30FF') || (ch >= '\uAC00' && ch <= '\uD7AF')
                || (ch >= '\u0E00' && ch <= '\u0E7F') || (ch >= '\u0600' && ch <= '\u06FF');
    }

    /** A link around the dot at {@code dot}; returns the end of the link, or {@code dot} if there is none. */
    private int link(String s, int dot, Hits hits) {
        int n = s.length();
        int t = dot + 1;
        while (t < n && t - dot <= 12 && isTldChar(s.charAt(t))) {
            t++;
        }
        if (t - dot - 1 < 2 || (t < n && (Character.isLetterOrDigit(s.charAt(t)) || s.charAt(t) == '-'))) {
            return dot;
        }
        String tld = s.substring(dot + 1, t).toLowerCase(Locale.ROOT);
        if (!tlds.contains(tld)) {
            return dot;
        }
        int b = dot;
        while (b > 0 && dot - b < MAX_URL && (isHostChar(s.charAt(b - 1)) || s.charAt(b - 1) == '.')) {
            b--;
        }
        while (b < dot && s.charAt(b) == '.') {
            b++;
        }
        if (b == dot) {
            return dot;
        }
        if (b > 0 && s.charAt(b - 1) == '@') {
            return t; // the domain of an e-mail address, not a link
        }
        // A scheme right before the host belongs to the link.
        int start = b;
        if (start >= 3 && s.startsWith("://", start - 3)) {
            int k = start - 3;
            while (k > 0 && start - k < 12 && Character.isLetter(s.charAt(k - 1))) {
                k--;
            }
            start = k;
        }
        int e = t;
        int pathStart = -1;
        if (e < n && (s.charAt(e) == '/' || s.charAt(e) == ':')) {
            e = pathEnd(s, t);
        } else {
            // a path set apart from its host ("t.me / channel") to slip past filters: read as one link
            int slash = skipSpaces(s, e, 2);
            int name = slash < n && slash > e && s.charAt(slash) == '/' ? skipSpaces(s, slash + 1, 2) : slash;
            int nameEnd = name > slash && name < n && (isNameChar(s.charAt(name)) || s.charAt(name) == '+')
                    ? pathEnd(s, name) : name;
            if (nameEnd > name) {
                pathStart = name;
                e = nameEnd;
            }
        }
        while (e > t && ".,;:!?)»".indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        String host = s.substring(b, t).toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        String path = pathStart >= 0 ? "/" + s.substring(pathStart, e) : s.substring(t, e);
        String hostPath = host + path.toLowerCase(Locale.ROOT);
        int rule;
        if (invite >= 0 && startsWithAny(hostPath, invites)) {
            rule = invite;
        } else if (shortener >= 0 && shorteners.contains(host)) {
            rule = shortener;
        } else if (isOfficial(host)) {
            return e;
        } else if (phishing >= 0 && wearsABrand(host)) {
            rule = phishing;
        } else {
            rule = other;
        }
        if (rule >= 0) {
            hits.add(rule, start, e, hostPath);
        }
        return e;
    }

    /** The end of a link's path from {@code from}: at whitespace, a quote or an angle bracket, at most MAX_URL chars. */
    private static int pathEnd(String s, int from) {
        int e = from;
        while (e < s.length() && e - from < MAX_URL && !Character.isWhitespace(s.charAt(e)) && s.charAt(e) != '"'
                && s.charAt(e) != '<' && s.charAt(e) != '>') {
            e++;
        }
        return e;
    }

    /**
     * A link typed in Cyrillic look-alike letters ("т.ме/sliv_channel"): a host and a top-level domain of
     * letters that all look Latin, the domain a known one, and a path after it. Nobody writes a link so
     * but to slip it past a filter, so it counts as obfuscated; the path keeps "т.е." and "м.б." out.
     * Returns the end of the link, or {@code dot}.
     */
    private int lookAlikeLink(String s, int dot, Hits hits) {
        int n = s.length();
        int t = dot + 1;
        while (t < n && t - dot <= 4 && LookAlikes.latinShape(Character.toLowerCase(s.charAt(t))) != 0) {
            t++;
        }
        if (t - dot - 1 < 2 || t + 1 >= n || s.charAt(t) != '/' || !isHostChar(s.charAt(t + 1))) {
            return dot;
        }
        char[] tld = new char[t - dot - 1];
        for (int k = 0; k < tld.length; k++) {
            tld[k] = LookAlikes.latinShape(Character.toLowerCase(s.charAt(dot + 1 + k)));
        }
        if (!tlds.contains(new String(tld))) {
            return dot;
        }
        int b = dot;
        while (b > 0 && dot - b < MAX_URL && LookAlikes.latinShape(Character.toLowerCase(s.charAt(b - 1))) != 0) {
            b--;
        }
        if (b == dot || (b > 0 && Character.isLetterOrDigit(s.charAt(b - 1)))) {
            return dot;
        }
        int e = t;
        while (e < n && e - t < MAX_URL && !Character.isWhitespace(s.charAt(e))) {
            e++;
        }
        while (e > t && ".,;:!?)»".indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        hits.add(obfuscatedLink, b, e, s.substring(b, e));
        return e;
    }

    /** A "+" standing alone: after a space, a dash or the start, before a space, punctuation or the end (not "+7 912…", not "C++"). */
    private static boolean lonePlus(String s, int i) {
        int n = s.length();
        // in quotation marks too: 'пишите "+"'
        boolean left = i == 0 || Character.isWhitespace(s.charAt(i - 1)) || "—–-,:".indexOf(s.charAt(i - 1)) >= 0
                || Quotes.isMark(s.charAt(i - 1));
        boolean right = i + 1 == n || Character.isWhitespace(s.charAt(i + 1)) || ",.!)".indexOf(s.charAt(i + 1)) >= 0
                || Quotes.isMark(s.charAt(i + 1));
        return left && right;
    }

    private static final String[] DOT_WORDS = {"(точка)", "[точка]", "(dot)", "[dot]", "(.)", "[.]", "точка", "dot"};

    /**
     * A link written apart so that filters miss it: a Latin name, then a dot with spaces around it or
     * a dot spelled out ("(точка)", "[dot]"), then a top-level domain from the list ("t . me / x",
     * "dengi(точка)bystro(точка)ru", "zarabotok . online"). Bounded look-ahead from the start of a
     * Latin word; returns the end of the link, or {@code from} if there is none.
     */
    private int obfuscatedLink(String s, int from, Hits hits) {
        int n = s.length();
        if (from + 1 < n && s.charAt(from + 1) == ' ') {
            int end = spacedLink(s, from, hits);
            if (end > from) {
                return end;
            }
        }
        int p = from;
        int hops = 0;
        boolean spaced = false;
        boolean dotSpace = false;
        boolean dotSpaceAt = false;
        while (hops < 4) {
            int e = p;
            while (e < n && e - p < 40 && isNameChar(s.charAt(e))) {
                e++;
                // a dash written apart inside the name ("diplom - 39 . ru") is part of it
                int d = skipSpaces(s, e, 2);
                if (d > e && d < n && s.charAt(d) == '-') {
                    int f = skipSpaces(s, d + 1, 2);
                    if (f > d + 1 && f < n && isNameChar(s.charAt(f))) {
                        e = f;
                        spaced = true;
                    }
                }
            }
            if (e == p || (e < n && isHostChar(s.charAt(e)))) {
                return from;
            }
            // the separator: a dot with a space before it (" . ", " ."; "word. Me" is only a sentence
            // ending) or a spelled-out dot ("(точка)", "[dot]", " точка ")
            int q = skipSpaces(s, e, 3);
            boolean space = q > e;
            int after = -1;
            boolean spelledDot = false;
            if (q < n && s.charAt(q) == '.' && space) {
                after = q + 1;
                spaced = true;
            } else if (q < n && s.charAt(q) == '.' && hops > 0 && spaced) {
                after = q + 1; // "dengi(точка)bystro.ru": one spelled dot is enough
            } else if (!space && q + 1 < n && s.charAt(q) == '.' && s.charAt(q + 1) == ' ') {
                // a space after the dot ("gos-vyplata. ru", "t. me/ x"): a sentence ends so too, so it
                // counts only for a host-like word (a dash, a digit, "_") or a TLD that a path follows
                after = q + 1;
                dotSpace = dotSpace || hostLike(s, p, e);
                dotSpaceAt = true;
            } else {
                for (String w : DOT_WORDS) {
                    if (s.regionMatches(true, q, w, 0, w.length())) {
                        boolean word = Character.isLetter(w.charAt(0));
                        // a bare "точка"/"dot" must stand apart as a word
                        if (word && (!space || q + w.length() >= n || s.charAt(q + w.length()) != ' ')) {
                            continue;
                        }
                        after = q + w.length();
                        spaced = true;
                        spelledDot = true;
                        break;
                    }
                }
            }
            if (after < 0) {
                return from;
            }
            int r = skipSpaces(s, after, 3);
            int t = r;
            while (t < n && t - r < 12 && isAsciiLetter(s.charAt(t))) {
                t++;
            }
            if (t == r) {
                // a spelled-out dot before a domain in Cyrillic letters ("severnye-unty точка ру")
                int cyr = spelledDot ? cyrillicTld(s, r) : r;
                if (cyr > r) {
                    hits.add(obfuscatedLink, from, cyr, s.substring(from, cyr));
                    return cyr;
                }
                return from;
            }
            if (t - r == 1) {
                // a domain spelled letter by letter ("r u", "c o m"), nobody's sentence ends so
                StringBuilder b = new StringBuilder().append(s.charAt(r));
                int u = t;
                while (b.length() < 6 && u + 1 < n && s.charAt(u) == ' ' && isAsciiLetter(s.charAt(u + 1))
                        && (u + 2 == n || !isNameChar(s.charAt(u + 2)))) {
                    b.append(s.charAt(u + 1));
                    u += 2;
                }
                if (u > t && tlds.contains(b.toString().toLowerCase(Locale.ROOT))) {
                    hits.add(obfuscatedLink, from, u, s.substring(from, u));
                    return u;
                }
            }
            boolean endsWord = t == n || !isNameChar(s.charAt(t));
            // the path's slash may stand apart too ("t. me / channel")
            int slash = skipSpaces(s, t, 2);
            boolean apart = spaced || (dotSpaceAt && (dotSpace || (slash < n && s.charAt(slash) == '/')));
            if (endsWord && apart && tlds.contains(s.substring(r, t).toLowerCase(Locale.ROOT))) {
                hits.add(obfuscatedLink, from, t, s.substring(from, t));
                return t;
            }
            p = r;
            hops++;
        }
        return from;
    }

    /** Top-level domains as spelled in Cyrillic after a spelled-out dot. */
    private static final String[] CYRILLIC_TLDS = {"ру", "рф", "ком", "орг", "онлайн"};

    /** The end of a Cyrillic-spelled top-level domain standing as a word at {@code at}, or {@code at}. */
    private static int cyrillicTld(String s, int at) {
        for (String t : CYRILLIC_TLDS) {
            int end = at + t.length();
            if (s.regionMatches(true, at, t, 0, t.length()) && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)))) {
                return end;
            }
        }
        return at;
    }

    /**
     * A link typed one char at a time with spaces between ("s e v e r - c r e d i t . r u"), read only
     * from the start of such a run (so a run is read once) and at most 64 chars of it; returns its end,
     * or {@code from}.
     */
    private int spacedLink(String s, int from, Hits hits) {
        int n = s.length();
        if (from >= 2 && s.charAt(from - 1) == ' ' && isSpacedLinkChar(s.charAt(from - 2))
                && (from == 2 || s.charAt(from - 3) == ' ')) {
            return from; // inside a run already read
        }
        int chars = charsApart(s, from, 64, SpamDetector::isSpacedLinkChar);
        int lastDot = -1;
        for (int k = 0; k < chars; k++) {
            if (s.charAt(from + 2 * k) == '.') {
                lastDot = k;
            }
        }
        if (chars < 6 || lastDot < 3 || chars - lastDot < 3) {
            return from;
        }
        char[] tld = new char[chars - lastDot - 1];
        for (int k = 0; k < tld.length; k++) {
            tld[k] = Character.toLowerCase(s.charAt(from + 2 * (lastDot + 1 + k)));
        }
        if (!tlds.contains(new String(tld))) {
            return from;
        }
        int end = from + 2 * chars - 1;
        hits.add(obfuscatedLink, from, end, s.substring(from, end));
        return end;
    }

    private static boolean isSpacedLinkChar(char c) {
        return isAsciiLetter(c) || isDigit(c) || c == '.' || c == '-' || c == '_' || c == '/';
    }

    /** A word written the way hosts are, not prose: it holds a dash, a digit or an underscore. */
    private static boolean hostLike(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == '-' || c == '_' || isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /** After at most {@code max} spaces from {@code from}. */
    private static int skipSpaces(String s, int from, int max) {
        int p = from;
        while (p < s.length() && p - from < max && s.charAt(p) == ' ') {
            p++;
        }
        return p;
    }

    /** A char of a Latin host or account name as spammers write it apart: letters, digits, "-" and "_". */
    private static boolean isNameChar(char c) {
        return isAsciiLetter(c) || isDigit(c) || c == '-' || c == '_';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The host is one of {@code domains} or a subdomain of one. */
    private static boolean onDomain(String host, List<String> domains) {
        for (String d : domains) {
            if (host.equals(d) || (host.endsWith(d) && host.charAt(host.length() - d.length() - 1) == '.')) {
                return true;
            }
        }
        return false;
    }

    private boolean isOfficial(String host) {
        if (onDomain(host, official)) {
            return true;
        }
        // municipal sites follow a naming habit (admtyumen.ru, adm-city.ru, www.admgorod.ru)
        String first = host.startsWith("www.") ? host.substring(4) : host;
        for (String p : officialPrefixes) {
            if (first.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String s, List<String> prefixes) {
        for (String p : prefixes) {
            if (s.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** A host that is not official but carries an official brand in its name (gosuslugi-vyplata.ru, vk-photo-view.ru). */
    private boolean wearsABrand(String host) {
        if (onDomain(host, brandHomes)) {
            return false; // the brand's own site
        }
        for (String b : brands) {
            int i = host.indexOf(b);
            while (i >= 0) {
                boolean left = i == 0 || !Character.isLetterOrDigit(host.charAt(i - 1));
                int j = i + b.length();
                boolean right = j == host.length() || !Character.isLetterOrDigit(host.charAt(j));
                if (left && right) {
                    return true;
                }
                i = host.indexOf(b, i + 1);
            }
        }
        return false;
    }

    /** A handle named the way municipal accounts are ("@adm_rayon", "@adm"): the official prefix, then "_" or nothing. */
    private boolean officialHandle(String s, int from, int to) {
        for (String p : officialPrefixes) {
            int e = from + p.length();
            if (e <= to && s.regionMatches(true, from, p, 0, p.length()) && (e == to || s.charAt(e) == '_')) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlySpacesAndQuotes(String s, int from, int to) {
        for (int p = from; p < to; p++) {
            char c = s.charAt(p);
            if (!Character.isWhitespace(c) && "\"'«»“”„‘’,".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code @name} (Telegram/Instagram handle); e-mail addresses are consumed but not counted. */
    private int handle(String s, int at, Hits hits, boolean opening) {
        int n = s.length();
        if (at + 1 < n && s.charAt(at + 1) == ' ') {
            return spacedHandle(s, at, hits);
        }
        int j = at + 1;
        while (j < n && j - at <= 33 && isHandleChar(s.charAt(j))) {
            j++;
        }
        int len = j - at - 1;
        if (len < 4 || (j < n && isHandleChar(s.charAt(j)))) {
            return at;
        }
        int start = at;
        while (start > 0 && at - start < 64 && (isHandleChar(s.charAt(start - 1)) || s.charAt(start - 1) == '.')) {
            start--;
        }
        int k = start;
        while (k > 0 && Character.isWhitespace(s.charAt(k - 1))) {
            k--;
        }
        boolean retweet = k >= 2 && s.regionMatches(true, k - 2, "RT", 0, 2) && (k == 2 || !isHandleChar(s.charAt(k - 3)));
        boolean attribution = j < n && s.charAt(j) == ':';
        // an e-mail address is how residents reach the administration ("пишите на priemnaya@admin.ru")
        boolean email = start < at;
        if (!opening && !retweet && !attribution && !email && !officialHandle(s, at + 1, j)) {
            // handles that open a comment address someone (a reply), "RT @a" and "@a:" quote someone;
            // a handle anywhere else advertises an account
            hits.add(handle, start, j, s.substring(start, j));
            // "беру вещи через @x", "всё благодаря @x": a testimonial for the account
            if (handleLead >= 0 && handleLeads.endsAt(s, skipBack(s, start))) {
                hits.add(handleLead, start, j, s.substring(start, j));
            }
        }
        return j;
    }

    /**
     * An account named after a messenger without its "@" ("tg: prawa_24", "на Тг job025", "inst - anna_nails"):
     * a Latin name of 4 to 32 letters, digits and "_" (and dots inside) right after a word of list handle_label. The
     * name must hold a digit, "_" or a dot, which account names are written with and words are not ("в тг написала
     * Mosgorod" is talk), and must not end in a top-level domain; or a name typed one char at a time.
     */
    private void labelledHandle(String s, int from, Hits hits) {
        // called at every number and Latin word: the label before it is the rare part, so it is read first
        int lead = skipBack(s, from);
        if (lead == from || !handleLabels.endsAt(s, lead)) {
            return;
        }
        int n = s.length();
        int j = from;
        boolean marked = false;
        while (j < n && j - from <= 32) {
            char c = s.charAt(j);
            if (c == '.' && j > from && j + 1 < n && isHandleChar(s.charAt(j + 1))) {
                marked = true; // Instagram names take dots inside ("инст: yacht.anapa.sea")
            } else if (isHandleChar(c)) {
                marked |= c == '_' || isDigit(c);
            } else {
                break;
            }
            j++;
        }
        if (j - from == 1) {
            // typed one char at a time after the label ("Пишите: s v e t l a n a _ m a g"), which no name needs
            int end = singleCharRun(s, from);
            if (end > from) {
                hits.add(handle, from, end, s.substring(from, end));
            }
            return;
        }
        if (j - from < 4 || j - from > 32 || !marked || (j < n && (isHandleChar(s.charAt(j)) || s.charAt(j) == '@'
                || s.charAt(j) == '/' || (s.charAt(j) == '.' && j + 1 < n && Character.isLetterOrDigit(s.charAt(j + 1)))))) {
            return; // too short or long, a word, an e-mail or a host
        }
        int dot = s.lastIndexOf('.', j - 1);
        if (dot > from && tlds.contains(s.substring(dot + 1, j).toLowerCase(Locale.ROOT))) {
            return; // a host ("вк: vk.com"), which the link scanner reads
        }
        if (!officialHandle(s, from, j)) {
            hits.add(handle, from, j, s.substring(from, j));
        }
    }

    /**
     * A handle written apart so that filters miss it ("@ gos _ pomosh _ bot", "@ arbitr _ ural74"): "@", a
     * space, then Latin pieces joined by an underscore with spaces around it; at least one such joint.
     */
    private int spacedHandle(String s, int at, Hits hits) {
        int n = s.length();
        int j = skipSpaces(s, at + 1, 2);
        if (j == n || !isAsciiLetter(s.charAt(j))) {
            return at;
        }
        int joints = 0;
        int end = j;
        while (end < n && end - at <= 48) {
            int e = end;
            while (e < n && isHandleChar(s.charAt(e))) {
                e++;
            }
            if (e == end) {
                break;
            }
            end = e;
            // a joint: "_" ending a piece before a space ("@ zapis_ vrach_ bot"), or "_" or "." set apart by
            // spaces ("@ ivan _ petrov", "@ rabota . dom . nn", "@ finans. helper52")
            int q = skipSpaces(s, e, 2);
            int r = -1;
            if (s.charAt(e - 1) == '_') {
                r = q > e ? q : -1;
            } else if (q < n && (s.charAt(q) == '_' || s.charAt(q) == '.') && (q > e || (q + 1 < n && s.charAt(q + 1) == ' '))) {
                r = skipSpaces(s, q + 1, 2);
            }
            if (r >= 0 && r < n && isHandleChar(s.charAt(r))) {
                joints++;
                end = r;
                continue;
            }
            break;
        }
        if (joints == 0) {
            end = singleCharRun(s, j);
            if (end < 0) {
                return at;
            }
        }
        // never a reply to someone: nobody addresses a neighbour with a handle written apart
        hits.add(handle, at, end, s.substring(at, end));
        if (joints > 0 && obfuscatedLink >= 0) {
            // cut at its joints ("@ zapis_ vrach_ bot", "@ rabota . dom . nn") it is a contact hidden from
            // filters, as a link written apart is
            hits.add(obfuscatedLink, at, end, s.substring(at, end));
        }
        return end;
    }

    /**
     * The end of a handle typed one char at a time ("@ s t a v k a 7 4"): at least four handle chars, each
     * alone between spaces, at most 32 of them; or -1.
     */
    private static int singleCharRun(String s, int from) {
        int chars = charsApart(s, from, 32, SpamDetector::isHandleChar);
        return chars >= 4 ? from + 2 * chars - 1 : -1;
    }

    /** How many chars of {@code kind} stand one at a time from {@code from}, each followed by a space or the end; at most {@code max}. */
    private static int charsApart(String s, int from, int max, CharKind kind) {
        int n = s.length();
        int p = from;
        int chars = 0;
        while (p < n && chars < max && kind.is(s.charAt(p)) && (p + 1 == n || s.charAt(p + 1) == ' ')) {
            chars++;
            p += 2;
        }
        return chars;
    }

    @FunctionalInterface
    private interface CharKind {
        boolean is(char c);
    }

    /** A phone with number words among its digits (see {@link SpokenNumbers#phoneAt}); returns its end, or {@code at}. */
    private int spokenPhone(String s, char[] a, int at, Hits hits) {
        int[] span = SpokenNumbers.phoneAt(a, s.length(), at);
        if (span == null) {
            return at;
        }
        // written in words to hide from filters, like a number typed digit by digit
        hits.add(phone, span[0], span[1], s.substring(span[0], span[1]));
        if (phoneSpread >= 0) {
            hits.add(phoneSpread, span[0], span[1], s.substring(span[0], span[1]));
        }
        return span[1];
    }

    /** 10 to 12 digits with at most two separators between them: +7 (912) 345-67-89, 89123456789. */
    private int phone(String s, int from, Hits hits) {
        int n = s.length();
        int j = from;
        boolean plus = s.charAt(j) == '+';
        if (plus) {
            j++;
        }
        int digits = 0;
        int lastDigitEnd = j;
        int gap = 0;
        char first = 0;
        char second = 0;
        // groups of one digit between separators: a number typed digit by digit hides from filters
        int singles = 0;
        int groupLen = 0;
        int lookAlikes = 0;
        // letters typed for digits ("9I2 ЗЗ4"), not masks ("9ХХ"): written to slip past a filter
        int letters = 0;
        while (j < n && digits <= 13) {
            char c = s.charAt(j);
            if (isDigit(c)) {
                if (first == 0) {
                    first = c;
                }
                digits++;
                if (digits == 2) {
                    second = c;
                }
                if (gap > 0 && groupLen == 1) {
                    singles++;
                }
                groupLen = gap > 0 ? 1 : groupLen + 1;
                gap = 0;
                lastDigitEnd = j + 1;
            } else if (c == ' ' || isDash(c) || c == '(' || c == ')' || c == '.' || c == '/' || c == '\u00A0') {
                // at most two separators, or a dash with a space on each side ("8 9 6 0 - 0 2 0", "8 9 2 2 — 6 0 3")
                if (++gap > 2 && !(gap == 3 && c == ' ' && isDash(s.charAt(j - 1)) && s.charAt(j - 2) == ' ')) {
                    break;
                }
            } else if (digits > 0 && (digits < 10 || (digits == 10 && first != '9')) && digitLookAlike(c) != 0) {
                // letters typed for digits ("8 9О2 3ЗЗ 1О 1О") or masks ("8-9ХХ-221-40-17"): a run of them
                // counts when it touches a real digit (a run of masks may stand alone) and no letter follows
                int k = j;
                boolean masksOnly = true;
                while (k < n && k - j < 4) {
                    char d = digitLookAlike(s.charAt(k));
                    if (d == 0) {
                        break;
                    }
                    if (d != 'x') {
                        masksOnly = false;
                        letters++;
                    }
                    k++;
                }
                // review 39: a group of two letters may stand alone too ("+7 9О9 1О1 22 ЗЗ", "8 800 555 ОО
                // 11"), and of three unless it is the company form ООО ("контракт на 80 000 000 ООО «Вектор»";
                // review 43's "8 9 6 1 ЗОЗ 44 5О")
                if ((k < n && Character.isLetter(s.charAt(k)))
                        || !(masksOnly || (gap == 0 && groupLen > 0) || (k < n && isDigit(s.charAt(k)))
                            || k - j == 2 || (k - j == 3 && !threeZeros(s, j))
                            // review 40: one letter amid a number typed digit by digit ("8 (9 1 3) 1 I 1 - 2 2")
                            || (k - j == 1 && gap > 0 && groupLen == 1 && singles >= 3)
                            || (gap > 0 && k + 1 < n && s.charAt(k) == '-' && isDigit(s.charAt(k + 1))))) {
                    break;
                }
                int run = k - j;
                digits += run;
                lookAlikes += run;
                if (gap > 0 && groupLen == 1) {
                    singles++;
                }
                groupLen = gap > 0 ? run : groupLen + run;
                gap = 0;
                lastDigitEnd = k;
                j = k;
                continue;
            } else {
                break;
            }
            j++;
        }
        if (lastDigitEnd < n && Character.isLetterOrDigit(s.charAt(lastDigitEnd))) {
            return from;
        }
        boolean ok = (digits == 11 && (first == '7' || first == '8')) || (digits == 10 && first == '9')
                || (plus && digits >= 10 && digits <= 13);
        // a mobile prefix typed in digits (8 9…, +7 9…) is evidence enough for one more letter: review 42's
        // "8 9ОО 3ОО 4О 4О" has five real digits
        int realDigits = (first == '7' || first == '8') && second == '9' ? 5 : 6;
        if (!ok || (lookAlikes > 0 && digits - lookAlikes < realDigits)) {
            return from;
        }
        hits.add(phone, from, lastDigitEnd, s.substring(from, lastDigitEnd));
        if (groupLen == 1) {
            singles++;
        }
        // spread digit by digit, or digits swapped for letters: both hide a number from filters (masks hide
        // it from readers, and residents mask their own)
        if (phoneSpread >= 0 && (singles >= 7 || letters > 0)) {
            hits.add(phoneSpread, from, lastDigitEnd, s.substring(from, lastDigitEnd));
        }
        return lastDigitEnd;
    }


    /**
     * An amount of money: digits (13 700, 200.000, 10,000) with a currency right after them, or a
     * dollar sign before; then, within a few chars, an optional rate ("в день"), which is the
     * pattern of job-offer spam. Returns the end of what was consumed.
     */
    private int money(String s, int from, Hits hits) {
        int n = s.length();
        int j = from;
        boolean dollarFirst = s.charAt(j) == '$';
        if (dollarFirst) {
            j++;
        }
        int digits = 0;
        boolean grouped = false;
        while (j < n && digits < 15) {
            char c = s.charAt(j);
            if (isDigit(c)) {
                digits++;
                j++;
            } else if ((c == ' ' || c == '.' || c == ',' || c == '\u00A0') && j + 3 < n + 1 && digits > 0
                    && j + 3 < n && isDigit(s.charAt(j + 1)) && isDigit(s.charAt(j + 2)) && isDigit(s.charAt(j + 3))
                    && (j + 4 >= n || !isDigit(s.charAt(j + 4)))) {
                grouped = digits <= 3;
                j++;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return from;
        }
        int k = j;
        if (k < n && s.charAt(k) == ' ') {
            k++;
        }
        // what stands right before the number: "от" (an offer's floor) and a word of pay ("оплата", "зп", "плачу");
        // before a range ("от 200-700.000 р.", "зп 5-7к") they stand before its lower bound
        int lead = dollarFirst ? from : skipBack(s, rangeStart(s, from));
        boolean fromWord = FROM.endsAt(s, lead);
        boolean upTo = !fromWord && UP_TO.endsAt(s, lead);
        if (fromWord || upTo) {
            lead = skipBack(s, lead - 2);
        }
        boolean payWord = payLead.endsAt(s, lead);
        // the period may come first: "в месяц от 500.000 р.", "в неделю до 70 000 рублей", "в день от 3000"
        boolean periodFirst = moneyRate >= 0 && !dollarFirst && ratePeriods.endsAt(s, lead);
        // "Название - 15.000": a grouped sum after a spaced dash is a price tag, currency or not
        boolean tag = grouped && !dollarFirst && dashBefore(s, from);
        int cur = dollarFirst ? k : currency.matchAt(s, k);
        if (cur < 0 && digits >= 3 && (payWord || tag)) {
            // "оплата 12000", "зп от 40000", "плачу 3000": the pay word says what the bare number is
            cur = j;
        }
        if (cur < 0 && digits >= 3 && periodFirst && (fromWord || upTo)) {
            cur = j; // "в день от 3000": the period and the floor say what the bare number is
        }
        if (cur < 0) {
            // no currency, but a sizeable sum per time ("8000 в день") is the same offer
            if (digits >= 3 && moneyRate >= 0) {
                int r = rate.matchAt(s, k);
                if (r > 0) {
                    String offer = s.substring(from, r);
                    hits.add(moneyRate, from, r, offer);
                    if (fromWord && moneyFrom >= 0) {
                        hits.add(moneyFrom, from, r, offer);
                    }
                    // "Разгрузка фуры - 6000 в день": a sum per time after a spaced dash is a price tag too
                    if (moneyTag >= 0 && !dollarFirst && dashBefore(s, from)) {
                        hits.add(moneyTag, from, r, offer);
                    }
                    return r;
                }
            }
            return from;
        }
        String sum = s.substring(from, Math.min(cur, n)).trim();
        if (money >= 0) {
            hits.add(money, from, cur, sum);
        }
        if (fromWord && moneyFrom >= 0) {
            hits.add(moneyFrom, from, cur, sum);
        }
        if (tag && moneyTag >= 0) {
            hits.add(moneyTag, from, cur, sum);
        }
        if (periodFirst) {
            hits.add(moneyRate, from, cur, sum);
        } else if (moneyRate >= 0) {
            for (int p = cur; p < Math.min(n, cur + 12); p++) {
                int r = rate.matchAt(s, p);
                if (r > 0) {
                    hits.add(moneyRate, from, r, s.substring(from, r));
                    return r;
                }
            }
        }
        return Math.max(cur, from + 1);
    }

    /**
     * Where the range ending at the amount {@code at} begins ("200-" in "200-700.000 р.", "5-" in "5-7к",
     * "15к - " in "15к - 19к"): the lower bound's first digit; {@code at} itself when no range ends there.
     */
    private static int rangeStart(String s, int at) {
        int p = at;
        while (p > 0 && at - p < 2 && s.charAt(p - 1) == ' ') {
            p--;
        }
        if (p == 0 || "-–—".indexOf(s.charAt(p - 1)) < 0) {
            return at;
        }
        p--;
        while (p > 0 && s.charAt(p - 1) == ' ' && at - p < 4) {
            p--;
        }
        if (p > 0 && "кКkK".indexOf(s.charAt(p - 1)) >= 0) {
            p--; // "15к - 19к"
        }
        int end = p;
        while (p > 0 && end - p < 12 && (isDigit(s.charAt(p - 1))
                || (p >= 2 && ".,\u00A0 ".indexOf(s.charAt(p - 1)) >= 0 && isDigit(s.charAt(p - 2)) && p < end && isDigit(s.charAt(p))))) {
            p--;
        }
        if (p == end || !isDigit(s.charAt(p)) || (p > 0 && Character.isLetterOrDigit(s.charAt(p - 1)))) {
            return at;
        }
        return p;
    }

    /** The position after the last non-separator char before {@code at}, skipping at most 4 spaces, colons and dashes. */
    private static int skipBack(String s, int at) {
        int p = at;
        while (p > 0 && at - p < 4 && " \u00A0:-–—=".indexOf(s.charAt(p - 1)) >= 0) {
            p--;
        }
        return p;
    }

    /** A dash with a space on each side right before {@code at} (after optional spaces): "… - 15.000". */
    private static boolean dashBefore(String s, int at) {
        int p = at;
        while (p > 0 && at - p < 3 && s.charAt(p - 1) == ' ') {
            p--;
        }
        if (p == at || p < 2) {
            return false;
        }
        char d = s.charAt(p - 1);
        return isDash(d) && s.charAt(p - 2) == ' ';
    }

    /** Letters as the tokenizer sees them (Cyrillic, Latin and their look-alikes), by table. */
    private static boolean isLetter(char c) {
        byte t = ru.moderation.text.CharTable.type(c);
        return t == ru.moderation.text.CharTable.CYR || t == ru.moderation.text.CharTable.LAT;
    }

    private static boolean isCyrillic(char c) {
        return c >= '\u0400' && c <= '\u04FF';
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The digit a digit or a letter typed for one stands for (О→0, З→3, I/l/І→1, Ч→4, б→6), or 0: a mask (Х, X)
     * hides a digit without standing for one.
     */
    static char typedDigit(char c) {
        char d = isDigit(c) ? c : digitLookAlike(c);
        return d == 'x' ? 0 : d;
    }

    /** Three letters at {@code j} all typed for 0: the company form ООО, never part of a number. */
    private static boolean threeZeros(String s, int j) {
        return digitLookAlike(s.charAt(j)) == '0' && digitLookAlike(s.charAt(j + 1)) == '0'
                && digitLookAlike(s.charAt(j + 2)) == '0';
    }

    /** The digit a letter stands for inside a phone number (О→0, З→3, I/l/І→1, Ч→4, б→6), 'x' for a mask (Х, X), 0 for none. */
    private static char digitLookAlike(char c) {
        switch (c) {
            case 'О', 'о', 'O', 'o': return '0';
            case 'З', 'з': return '3';
            // І: the Ukrainian and Belarusian letter, Cyrillic and so invisible to a filter reading Latin I
            case 'I', 'l', 'І': return '1';
            case 'Ч', 'ч': return '4';
            case 'б': return '6';
            case 'Х', 'х', 'X', 'x': return 'x';
            default: return 0;
        }
    }

    private static boolean isTldChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == 'р' || c == 'ф' || c == 'Р' || c == 'Ф';
    }

    private static boolean isHostChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '-'
                || (c >= 'а' && c <= 'я') || (c >= 'А' && c <= 'Я');
    }

    private static boolean isHandleChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_';
    }
}
