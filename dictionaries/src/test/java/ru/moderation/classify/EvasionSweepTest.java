package ru.moderation.classify;

import static ru.moderation.classify.Checks.assertClean;
import static ru.moderation.classify.Checks.assertFlagged;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Every evasion kind applied to every word of two lists, in a sentence: the мат words must be caught
 * in every spelling, and ordinary words with a мат-looking root must stay clean in every spelling
 * that does not hide letters. One test per word and spelling, so a gap names both; the single-spelling
 * tests elsewhere show the reasons, this sweep shows that the mechanisms hold for any word.
 */
@DisplayName("Evasion sweep: every spelling of every word")
class EvasionSweepTest {

    private static final List<String> MAT = List.of(
        "хуй", "пизда", "блядь", "ебать", "ебаный", "пиздец", "нахуй", "охуеть", "заебал", "мудак", "сука",
        "хуйня", "пиздеть", "ебло", "долбоеб", "уебок", "хуесос", "пидор", "залупа", "гондон", "блять",
        "охуели", "пиздабол", "выебываться", "распиздяй", "ебанутый", "хуево", "мудила", "сучара", "пиздюк",
        "наебали", "отъебись", "говно", "ебучий", "хуила", "пиздато", "заебись", "проебали");

    /** Ordinary words in which a мат root can be seen (the morphological excuse keeps them clean). */
    private static final List<String> ORDINARY = List.of(
        "команда", "скипидар", "употреблять", "оскорблять", "хлебать", "рубля", "сабля", "колебания", "бляха",
        "истребитель", "психуй", "мандат", "застрахуйте", "дебаты", "мебель", "ребята", "небо", "хулиган",
        "потребитель", "сукно", "лебедь", "требовать", "учебник", "колеблется", "страхуйте", "подстрахуй",
        "себя", "гребля", "оглобля", "стебель", "ансамбль", "корабля", "взъерошенный", "выхухоль");

    private static final Map<Character, Character> LATIN = Map.ofEntries(
        Map.entry('а', 'a'), Map.entry('е', 'e'), Map.entry('о', 'o'), Map.entry('р', 'p'), Map.entry('с', 'c'),
        Map.entry('у', 'y'), Map.entry('х', 'x'), Map.entry('к', 'k'), Map.entry('м', 'm'), Map.entry('т', 't'));

    /** Spellings that keep every letter visible: an ordinary word must stay clean in each of them. */
    private static Map<String, UnaryOperator<String>> visible() {
        Map<String, UnaryOperator<String>> s = new LinkedHashMap<>();
        s.put("as is", w -> w);
        s.put("capitals", String::toUpperCase);
        s.put("alternating case", EvasionSweepTest::alternatingCase);
        s.put("all look-alikes Latin", w -> latin(w, Integer.MAX_VALUE));
        s.put("first look-alike Latin", w -> latin(w, 1));
        s.put("letters spaced", w -> String.join(" ", w.split("")));
        s.put("letters dotted", w -> String.join(".", w.split("")));
        s.put("letters dotted and spaced", w -> String.join(". ", w.split("")));
        s.put("letters dashed", w -> String.join("-", w.split("")));
        s.put("letters underscored", w -> String.join("_", w.split("")));
        s.put("letters starred", w -> String.join("*", w.split("")));
        s.put("vowels stretched", w -> w.replaceAll("([аеиоуыэюя])", "$1$1$1"));
        s.put("capitals stretched", w -> w.replaceAll("([аеиоуыэюя])", "$1$1$1").toUpperCase());
        s.put("zero-width spaces", w -> String.join("\u200B", w.split("")));
        s.put("soft hyphens", w -> String.join("\u00AD", w.split("")));
        return s;
    }

    /** Spellings that hide a letter: мат must be caught in them too. */
    private static Map<String, UnaryOperator<String>> hiding() {
        Map<String, UnaryOperator<String>> s = new LinkedHashMap<>();
        s.put("middle letter *", w -> hide(w, '*'));
        s.put("middle letter @", w -> hide(w, '@'));
        s.put("middle letter #", w -> hide(w, '#'));
        s.put("middle letter !", w -> hide(w, '!'));
        s.put("middle letter _", w -> hide(w, '_'));
        s.put("middle letter * and a Latin look-alike", w -> latin(hide(w, '*'), 1));
        return s;
    }

    static Stream<Arguments> matSpellings() {
        List<Arguments> all = new ArrayList<>();
        Map<String, UnaryOperator<String>> spellings = visible();
        spellings.putAll(hiding());
        for (String w : MAT) {
            spellings.forEach((name, f) -> all.add(Arguments.of(w, name, "ну это просто " + f.apply(w) + " какой-то")));
        }
        return all.stream();
    }

    static Stream<Arguments> ordinarySpellings() {
        List<Arguments> all = new ArrayList<>();
        for (String w : ORDINARY) {
            visible().forEach((name, f) -> all.add(Arguments.of(w, name, "ну это просто " + f.apply(w) + " какой-то")));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}, {1}: «{2}»")
    @DisplayName("мат is caught in every spelling")
    @MethodSource("matSpellings")
    void matCaught(String word, String spelling, String text) {
        assertFlagged(text, Category.OBSCENITY);
    }

    @ParameterizedTest(name = "{0}, {1}: «{2}»")
    @DisplayName("an ordinary word stays clean in every spelling that hides no letter")
    @MethodSource("ordinarySpellings")
    void ordinaryClean(String word, String spelling, String text) {
        assertClean(text);
    }

    private static String alternatingCase(String w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            b.append(i % 2 == 1 ? Character.toUpperCase(c) : c);
        }
        return b.toString();
    }

    /** The first {@code most} letters that have a Latin look-alike, replaced by it. */
    private static String latin(String w, int most) {
        StringBuilder b = new StringBuilder();
        int done = 0;
        for (char c : w.toCharArray()) {
            Character l = done < most ? LATIN.get(c) : null;
            if (l != null) {
                done++;
            }
            b.append(l != null ? l : c);
        }
        return b.toString();
    }

    /** The middle letter (never the first or the last) replaced by {@code mask}. */
    private static String hide(String w, char mask) {
        int i = Math.max(1, Math.min(w.length() - 2, w.length() / 2));
        return w.substring(0, i) + mask + w.substring(i + 1);
    }
}
