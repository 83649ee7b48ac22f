package ru.moderation.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.moderation.classify.Category;
import ru.moderation.classify.Classifier;
import ru.moderation.classify.Match;
import ru.moderation.classify.Verdict;

@DisplayName("Dictionary format: parser errors name file:line; a tiny lexicon behaves as documented")
class LexiconFormatTest {

    static Path write(Path dir, String index, String file, String content) throws IOException {
        Files.writeString(dir.resolve("index.txt"), index, StandardCharsets.UTF_8);
        if (file != null) {
            Files.writeString(dir.resolve(file), content, StandardCharsets.UTF_8);
        }
        return dir;
    }

    /** All messages along the cause chain, joined: the file:line may be on a wrapper or on the cause. */
    static String messages(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            sb.append(c.getMessage()).append(" | ");
        }
        return sb.toString();
    }

    static String failure(Path dir, String content) throws IOException {
        write(dir, "version t\nfile bad.txt\n", "bad.txt", content);
        RuntimeException e = assertThrows(RuntimeException.class, () -> Classifier.fromDirectory(dir));
        return messages(e);
    }

    @Nested
    @DisplayName("errors fail loading and name file:line")
    class Errors {
        @TempDir
        Path dir;

        @Test
        @DisplayName("a duplicate rule id")
        void duplicateRuleId() throws IOException {
            String msg = failure(dir, "category OBSCENITY\nrule x.a\n  word кошка\n\nrule x.a\n  word собака\n");
            assertTrue(msg.contains("bad.txt:5"), msg);
            assertTrue(msg.contains("x.a"), msg);
        }

        @Test
        @DisplayName("a duplicate rule id across two files names the second file")
        void duplicateRuleIdAcrossFiles() throws IOException {
            Files.writeString(dir.resolve("one.txt"), "category INSULT\nrule dup.id\n  word дурак\n", StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("two.txt"), "category INSULT\n\nrule dup.id\n  word болван\n", StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("index.txt"), "version t\nfile one.txt\nfile two.txt\n", StandardCharsets.UTF_8);
            String msg = messages(assertThrows(RuntimeException.class, () -> Classifier.fromDirectory(dir)));
            assertTrue(msg.contains("two.txt:3"), msg);
        }

        @Test
        @DisplayName("lemma:model: an unknown model or endings that differ fail loading at the rule's line, an empty half at its own line")
        void declinedLikeErrors() throws IOException {
            String unknown = failure(dir, "category INSULT\nrule i.x\n  word мудак:жмудак\n");
            assertTrue(unknown.contains("bad.txt:2") && unknown.contains("жмудак"), unknown);
            String endings = failure(dir, "category INSULT\nrule i.x\n  word мудак:собака\n");
            assertTrue(endings.contains("bad.txt:2") && endings.contains("мудак:собака"), endings);
            String empty = failure(dir, "category INSULT\nrule i.x\n  word мудак:\n");
            assertTrue(empty.contains("bad.txt:3") && empty.contains("мудак:"), empty);
        }

        @Test
        @DisplayName("a word with a char that separates words in text (по-хорошему) could never match: an error naming it")
        void separatorInsideAnEntry() throws IOException {
            String phrase = failure(dir, "category THREAT\nrule t.x\n  phrase =по-хорошему =не =понимаешь\n");
            assertTrue(phrase.contains("bad.txt:3") && phrase.contains("по-хорошему"), phrase);
            String form = failure(dir, "category SPAM\nrule s.x\n  form онлайн-работа\n");
            assertTrue(form.contains("bad.txt:3") && form.contains("онлайн-работа"), form);
            String word = failure(dir, "category HATE\nclass @g\n  word to'lov\n");
            assertTrue(word.contains("bad.txt:3") && word.contains("to'lov"), word);
            // masks are word chars in text (х*й), and class names may use underscores
            write(dir, "version t\nfile ok.txt\n", "ok.txt",
                    "category OBSCENITY\nclass @a_b\n  word хрен\nrule o.x\n  form х*й\n  phrase @a_b =тебе\n");
            assertFalse(Classifier.fromDirectory(dir).dictionaryVersion().isBlank());
        }

        @Test
        @DisplayName("a class that includes an unknown class, or itself, or 'include' outside a class")
        void badIncludes() throws IOException {
            String unknown = failure(dir, "class @a\n  include @nowhere\n");
            assertTrue(unknown.contains("bad.txt:1") && unknown.contains("@nowhere"), unknown);
            String cycle = failure(dir, "class @a\n  include @b\nclass @b\n  include @a\n");
            assertTrue(cycle.contains("includes itself"), cycle);
            String outside = failure(dir, "category INSULT\nrule x.a\n  include @a\n");
            assertTrue(outside.contains("bad.txt:3"), outside);
        }

        @Test
        @DisplayName("an unknown directive")
        void unknownDirective() throws IOException {
            String msg = failure(dir, "category OBSCENITY\nrule x.a\n  frobnicate кошка\n");
            assertTrue(msg.contains("bad.txt:3"), msg);
        }

        @Test
        @DisplayName("an unknown directive in index.txt")
        void unknownDirectiveInIndex() throws IOException {
            write(dir, "version t\nfrobnicate\n", null, null);
            String msg = messages(assertThrows(RuntimeException.class, () -> Classifier.fromDirectory(dir)));
            assertTrue(msg.contains("index.txt:2"), msg);
        }

        @Test
        @DisplayName("a rule before any category")
        void ruleBeforeCategory() throws IOException {
            String msg = failure(dir, "# comment\nrule x.a\n  word кошка\n");
            assertTrue(msg.contains("bad.txt:2"), msg);
        }

        @Test
        @DisplayName("an unknown category")
        void unknownCategory() throws IOException {
            String msg = failure(dir, "category PROFANITY\nrule x.a\n  word кошка\n");
            assertTrue(msg.contains("bad.txt:1"), msg);
        }

        @Test
        @DisplayName("a phrase of one word")
        void oneWordPhrase() throws IOException {
            String msg = failure(dir, "category THREAT\nrule x.a\n  phrase =кошка\n");
            assertTrue(msg.contains("bad.txt:3"), msg);
        }

        @Test
        @DisplayName("a near rule with a bad window")
        void badNearWindow() throws IOException {
            String msg = failure(dir, "category THREAT\nrule x.a\n  near @a @b many\nclass @a\n  form альфа\nclass @b\n  form бета\n");
            assertTrue(msg.contains("bad.txt:3"), msg);
        }

        @Test
        @DisplayName("a near rule with the wrong number of arguments")
        void badNearArity() throws IOException {
            String msg = failure(dir, "category THREAT\nrule x.a\n  near @a 2\n");
            assertTrue(msg.contains("bad.txt:3"), msg);
        }

        @Test
        @DisplayName("a bad weight")
        void badWeight() throws IOException {
            String msg = failure(dir, "category SPAM\nrule x.a weight=heavy\n  word кошка\n");
            assertTrue(msg.contains("bad.txt:2"), msg);
        }

        @Test
        @DisplayName("an unknown rule option")
        void unknownRuleOption() throws IOException {
            String msg = failure(dir, "category SPAM\nrule x.a colour=red\n  word кошка\n");
            assertTrue(msg.contains("bad.txt:2"), msg);
        }

        @Test
        @DisplayName("quoted= other than mention or use")
        void badQuoted() throws IOException {
            String msg = failure(dir, "category HATE\nrule x.a quoted=maybe\n  word кошка\n");
            assertTrue(msg.contains("bad.txt:2") && msg.contains("quoted="), msg);
        }

        @Test
        @DisplayName("a phrase listed under two rules (only the first would ever fire) names the second's line and the first rule")
        void phraseOfTwoRules() throws IOException {
            String msg = failure(dir, "category THREAT\nrule x.a\n  phrase =жди =гостей\nrule x.b weight=0.6\n  phrase =ждите =гостей\n  phrase =жди =гостей\n");
            assertTrue(msg.contains("bad.txt:6") && msg.contains("x.a") && msg.contains("x.b"), msg);
        }

        @Test
        @DisplayName("with= naming no rule, a rule of another category, or the rule itself")
        void badWith() throws IOException {
            String msg = failure(dir, "category SPAM\nrule x.a weight=0.4 with=x.none\n  word кошка\n");
            assertTrue(msg.contains("bad.txt:2") && msg.contains("x.none"), msg);
            msg = failure(dir, "category INSULT\nrule x.b\n  word собака\ncategory SPAM\nrule x.a weight=0.4 with=x.b\n  word кошка\n");
            assertTrue(msg.contains("bad.txt:5") && msg.contains("x.b"), msg);
            msg = failure(dir, "category SPAM\nrule x.a weight=0.4 with=x.a\n  word кошка\n");
            assertTrue(msg.contains("bad.txt:2"), msg);
        }

        @Test
        @DisplayName("without= naming no rule or a rule of another category")
        void badWithout() throws IOException {
            String msg = failure(dir, "category SPAM\nrule x.a weight=0.4 without=x.none\n  word кошка\n");
            assertTrue(msg.contains("bad.txt:2") && msg.contains("without=") && msg.contains("x.none"), msg);
            msg = failure(dir, "category INSULT\nrule x.b\n  word собака\ncategory SPAM\nrule x.a weight=0.4 without=x.b\n  word кошка\n");
            assertTrue(msg.contains("bad.txt:5") && msg.contains("x.b"), msg);
        }

        @Test
        @DisplayName("given= naming no category or the rule's own, or on a rule with entries of its own")
        void badGiven() throws IOException {
            String msg = failure(dir, "category HATE\nrule x.a weight=0.4 given=RAGE\n");
            assertTrue(msg.contains("bad.txt:2") && msg.contains("RAGE"), msg);
            msg = failure(dir, "category HATE\nrule x.a weight=0.4 given=HATE\n");
            assertTrue(msg.contains("bad.txt:2"), msg);
            msg = failure(dir, "category HATE\nrule x.a weight=0.4 given=THREAT\n  word кошка\n");
            assertTrue(msg.contains("bad.txt:2") && msg.contains("x.a"), msg);
        }

        @Test
        @DisplayName("a word outside a rule or class")
        void wordOutsideRule() throws IOException {
            String msg = failure(dir, "category OBSCENITY\n  word кошка\n");
            assertTrue(msg.contains("bad.txt:2"), msg);
        }

        @Test
        @DisplayName("a class name without @")
        void classWithoutAt() throws IOException {
            String msg = failure(dir, "class animals\n  form кошка\n");
            assertTrue(msg.contains("bad.txt:1"), msg);
        }

        @Test
        @DisplayName("a duplicate class")
        void duplicateClass() throws IOException {
            String msg = failure(dir, "class @a\n  form кошка\nclass @a\n  form собака\n");
            assertTrue(msg.contains("bad.txt:3"), msg);
        }

        @Test
        @DisplayName("a file listed in index.txt that does not exist")
        void missingFile() throws IOException {
            write(dir, "version t\nfile missing.txt\n", null, null);
            String msg = messages(assertThrows(RuntimeException.class, () -> Classifier.fromDirectory(dir)));
            assertTrue(msg.contains("missing.txt"), msg);
        }
    }

    @Test
    @DisplayName("a class has the words of the classes it includes")
    void includedClassWords(@TempDir Path dir) throws IOException {
        write(dir, "version t\nfile inc.txt\n", "inc.txt", String.join("\n",
                "category INSULT",
                "rule x.near",
                "  near @all @bad 1",
                "class @few",
                "  form козлы",
                "class @all",
                "  include @few",
                "  form ослы",
                "class @bad",
                "  form вонючие", ""));
        Classifier c = Classifier.fromDirectory(dir);
        assertEquals(Set.of(Category.INSULT), c.classify("вонючие козлы").categories());
        assertEquals(Set.of(Category.INSULT), c.classify("вонючие ослы").categories());
        assertTrue(c.classify("вонючие кошки").isClean());
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @DisplayName("quoted=mention: inside quotation marks the rule's word is named, not used")
    class QuotedMention {
        Classifier c;

        @BeforeAll
        void load(@TempDir Path dir) throws IOException {
            write(dir, "version t\nfile q.txt\n", "q.txt", String.join("\n",
                    "category HATE",
                    "rule q.slur quoted=mention",
                    "  form чурка чурки чурками",
                    "rule q.plain",
                    "  form понаехи", ""));
            c = Classifier.fromDirectory(dir);
        }

        @ParameterizedTest(name = "«{0}»")
        @DisplayName("a quoted word of the rule does not count")
        @ValueSource(strings = {"слово «чурка» — оскорбление", "хватит писать \"чурки\", это люди",
                "в школе его дразнят „чуркой“ и „чурками“", "кто пишет “чурки понаехали” — позор", "\"чурки\""})
        void quoted(String text) {
            assertTrue(c.classify(text).isClean(), () -> c.classify(text).toString());
        }

        @ParameterizedTest(name = "«{0}»")
        @DisplayName("the word outside quotes, after a closing mark, or before an unpaired one still counts")
        @ValueSource(strings = {"чурки понаехали", "он сказал \"нет\" и чурки ушли", "«нет», а чурки остались",
                "\"чурки понаехали", "чурки\" понаехали", "«чурки\"", "«чурки »"})
        void unquoted(String text) {
            assertEquals(Set.of(Category.HATE), c.classify(text).categories(), () -> c.classify(text).toString());
        }

        @Test
        @DisplayName("a quote longer than the span limit is a quoted post: its words count")
        void longQuote() {
            String text = "«" + "слово ".repeat(40) + "чурки»";
            assertEquals(Set.of(Category.HATE), c.classify(text).categories());
        }

        @Test
        @DisplayName("a rule without the option counts inside quotes too")
        void plainRule() {
            assertEquals(Set.of(Category.HATE), c.classify("слово «понаехи» — оскорбление").categories());
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @DisplayName("a tiny lexicon with one rule of each kind")
    class Tiny {
        Classifier c;

        @BeforeAll
        void load(@TempDir Path dir) throws IOException {
            write(dir, "# tiny test lexicon\nversion tiny-1\nfile tiny.txt\n", "tiny.txt", String.join("\n",
                    "# derivational prefixes for roots",
                    "prefix за вы",
                    "allow зюзякин",
                    "category OBSCENITY",
                    "rule t.word term=кошка",
                    "  word кошка   # a lemma: all its forms",
                    "rule t.like term=зюндук",
                    "  word зюндук:сундук   # unknown to the dictionary: declined like сундук",
                    "rule t.root term=зюзяк",
                    "  root зюзяк",
                    "rule t.excused term=хлеб",
                    "  root хлеб",
                    "category THREAT",
                    "rule t.phrase term=синий_трактор",
                    "  phrase =синий =трактор",
                    "rule t.lemma_phrase term=красная_машина",
                    "  phrase красный машина",
                    "rule t.number_phrase term=через_три_дня",
                    "  phrase =через =3 =дня",
                    "category INSULT",
                    "rule t.near term=рядом",
                    "  near @a @b 2",
                    "class @a",
                    "  form альфа",
                    "class @b",
                    "  form бета",
                    "class @filler",
                    "  form ой",
                    ""));
            c = Classifier.fromDirectory(dir);
        }

        Verdict check(String text) {
            Verdict v = c.classify(text);
            for (Match m : v.matches()) {
                assertTrue(m.start() >= 0 && m.end() <= text.length() && m.start() < m.end(), m::toString);
            }
            return v;
        }

        Set<String> rules(String text) {
            return Set.copyOf(check(text).matches().stream().map(Match::rule).toList());
        }

        @Test
        @DisplayName("the version comes from index.txt")
        void version() {
            assertTrue(c.dictionaryVersion().startsWith("tiny-1"), c.dictionaryVersion());
            assertNotEquals(Classifier.defaultRussian().dictionaryVersion(), c.dictionaryVersion());
            assertEquals(c.dictionaryVersion(), check("кошка").dictionaryVersion());
        }

        @ParameterizedTest(name = "«{0}»")
        @DisplayName("word: the lemma and its inflected forms match, with the rule's term")
        @ValueSource(strings = {"кошка", "кошки", "кошкой", "кошек", "кошкам", "Кошку"})
        void word(String text) {
            Verdict v = check(text);
            assertEquals(Set.of(Category.OBSCENITY), v.categories());
            assertEquals("t.word", v.matches().get(0).rule());
            String term = v.matches().get(0).term();
            // the term is what the text resolved to: the rule's term or the lexicon form itself
            assertTrue(term.equals("кошка") || term.equals(text.toLowerCase(java.util.Locale.ROOT)), term);
            assertEquals(text, v.matches().get(0).fragment(text));
        }

        @ParameterizedTest(name = "«{0}»")
        @DisplayName("word: other lemmas do not match")
        @ValueSource(strings = {"кот", "кошатник", "окошко", "собака"})
        void wordOtherLemmas(String text) {
            assertTrue(check(text).isClean(), () -> check(text).toString());
        }

        @ParameterizedTest(name = "«{0}»")
        @DisplayName("root: matches with endings and after declared prefixes, chained")
        @ValueSource(strings = {"зюзяк", "зюзяки", "зюзякать", "зазюзякать", "вызюзякнуть", "вызазюзякали"})
        void root(String text) {
            assertEquals(Set.of("t.root"), rules(text));
        }

        @ParameterizedTest(name = "«{0}»")
        @DisplayName("root: no match after an undeclared prefix, and the allow-list wins")
        @ValueSource(strings = {"кузюзяк", "позюзякать", "зюзякин"})
        void rootNotMatched(String text) {
            assertFalse(rules(text).contains("t.root"), () -> check(text).toString());
        }

        @Test
        @DisplayName("root: a word the morphological dictionary knows as ordinary is excused, an unknown one is not")
        void rootExcusedByMorphology() {
            assertTrue(check("хлебать").isClean(), () -> check("хлебать").toString());
            assertTrue(check("хлеба").isClean(), () -> check("хлеба").toString());
            assertEquals(Set.of("t.excused"), rules("захлебзюк"));
        }

        @Test
        @DisplayName("phrase of exact forms: matches only those forms in that order, spanning both words")
        void exactPhrase() {
            String text = "Ну и синий трактор!";
            Verdict v = check(text);
            assertEquals(Set.of(Category.THREAT), v.categories());
            assertEquals("синий трактор", v.matches().get(0).fragment(text));
            assertTrue(check("синего трактора").isClean());
            assertTrue(check("трактор синий").isClean());
            assertTrue(check("синий большой трактор").isClean());
        }

        @Test
        @DisplayName("a number a phrase names is one of its words; another number ends the phrase")
        void numberInPhrase() {
            assertEquals(Set.of("t.number_phrase"), rules("Всё через 3 дня"));
            assertEquals(Set.of(), rules("через 4 дня"));
            assertEquals(Set.of(), rules("через 33 дня"));
            assertEquals(Set.of(), rules("синий 3 трактор"));
        }

        @Test
        @DisplayName("phrases read through a word of the reserved class @filler, and only through it")
        void fillerInsidePhrase() {
            assertEquals(Set.of("t.phrase"), rules("синий, ой, трактор"));
            assertEquals(Set.of(), rules("синий ай трактор"));
            assertEquals(Set.of("t.phrase"), rules("ой синий трактор"));
        }

        @ParameterizedTest(name = "«{0}»")
        @DisplayName("lemma:model: the forms of the model with its stem replaced match, nothing else")
        @ValueSource(strings = {"зюндук", "зюндука", "зюндукам", "о зюндуках", "зюндуком"})
        void declinedLikeModel(String text) {
            assertEquals(Set.of("t.like"), rules(text));
        }

        @Test
        @DisplayName("lemma:model: the model itself and endings the model lacks do not match")
        void declinedLikeOnlyItsForms() {
            assertEquals(Set.of(), rules("сундук сундука"));
            assertEquals(Set.of(), rules("зюндукой зюндукий"));
        }

        @ParameterizedTest(name = "«{0}»")
        @DisplayName("phrase of lemmas: any forms of the words match")
        @ValueSource(strings = {"красная машина", "красной машиной", "красные машины", "о красной машине"})
        void lemmaPhrase(String text) {
            assertEquals(Set.of("t.lemma_phrase"), rules(text));
        }

        @ParameterizedTest(name = "«{0}»")
        @DisplayName("near: words of both classes within the window, in either order")
        @ValueSource(strings = {"альфа бета", "бета альфа", "альфа и бета", "бета, ну альфа"})
        void nearWithin(String text) {
            Verdict v = check(text);
            assertEquals(Set.of("t.near"), rules(text), v::toString);
            assertEquals(List.of(Category.INSULT), List.copyOf(v.categories()));
        }

        @ParameterizedTest(name = "«{0}»")
        @DisplayName("near: no match beyond the window or with one class only")
        @ValueSource(strings = {"альфа раз два бета", "альфа", "бета бета", "альфа альфа альфа"})
        void nearOutside(String text) {
            assertTrue(check(text).isClean(), () -> check(text).toString());
        }

        @Test
        @DisplayName("the tiny lexicon knows nothing of the default one")
        void isolated() {
            assertTrue(check("хуй").isClean());
            assertFalse(Classifier.defaultRussian().classify("хуй").isClean());
        }
    }
}
