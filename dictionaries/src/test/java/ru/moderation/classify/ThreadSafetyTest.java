package ru.moderation.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Thread safety: concurrent verdicts equal the single-threaded ones")
class ThreadSafetyTest {
    private static final List<String> TEXTS = List.of(
            "х*й", "х у й", "Ну ты х*й!", "мандат", "Глава плохо работает, мандат не оправдал", "пи3дец",
            "хууууй", "blyat", "х\u200Bуй", "Таджики — не люди", "Гнать всех мигрантов из города",
            "Я тебя убью", "Тебе не жить", "Требуются грузчики, звоните +7 912 345-67-89",
            "Все подробности на moy-dohod.site, пишите в лс", "Лучшее онлайн казино, фриспины за регистрацию",
            "Ты козёл", "Вы все идиоты", "сука, блядь, хуй", "Ты идиот, я тебя убью, пиздец", "",
            "\uD800abc", "😀😀 хуй", "застрахуйте", "Когда уберут снег во дворе на Ленина, 5?",
            "б.л.я.т.ь", "Мусульмане отмечают Курбан-байрам", "долбоёб", "отъебись", "Заработок от 7000 ₽ в день, всему научим",
            "В нашем городе живут русские, татары и украинцы", "а б в г д е ж з и к л м н о п р с т у ф х ц ч ш щ",
            "хуй ".repeat(500), "Администрация опять ничего не сделала с дорогами. ".repeat(200) + "пиздец");

    /** What must be equal: categories and every match's category, rule, term and span. */
    private static String signature(Verdict v) {
        StringBuilder sb = new StringBuilder(v.categories().toString());
        for (Match m : v.matches()) {
            sb.append('|').append(m.category()).append(' ').append(m.rule()).append(' ').append(m.term())
                    .append(' ').append(m.start()).append('-').append(m.end());
        }
        return sb.toString();
    }

    @Test
    @DisplayName("8 threads classify the same texts in shuffled orders; every verdict equals the sequential one")
    void concurrentEqualsSequential() throws Exception {
        Classifier c = Checks.CLASSIFIER;
        List<String> expected = new ArrayList<>();
        for (String t : TEXTS) {
            expected.add(signature(c.classify(t)));
        }
        // the sample must not be trivial: it holds both clean and flagged texts
        assertFalse(expected.stream().allMatch(s -> s.equals("[]")));
        assertFalse(expected.stream().noneMatch(s -> s.equals("[]")));

        int threads = 8;
        int rounds = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                final long seed = t;
                Callable<List<String>> task = () -> {
                    List<String> mismatches = new ArrayList<>();
                    Random r = new Random(seed);
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < TEXTS.size(); i++) {
                        order.add(i);
                    }
                    start.await();
                    for (int round = 0; round < rounds; round++) {
                        Collections.shuffle(order, r);
                        for (int i : order) {
                            String got = signature(c.classify(TEXTS.get(i)));
                            if (!got.equals(expected.get(i))) {
                                mismatches.add("text " + i + ": expected " + expected.get(i) + " got " + got);
                            }
                        }
                    }
                    return mismatches;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : futures) {
                all.addAll(f.get());
            }
            assertEquals(List.of(), all.size() > 20 ? all.subList(0, 20) : all);
        } finally {
            pool.shutdownNow();
        }
    }
}
