package ru.moderation.cli;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Synthetic benchmark input: municipal comments in all three formats (VK 50 %, Telegram 30 %,
 * normalized OK 20 %), about 10 % of them violations, 50,000 authors, unique comment and event ids.
 */
final class BenchCorpus {
    private static final String[] CLEAN = {
        "Когда уберут снег во дворе на улице Ленина? Третий день не проехать",
        "Спасибо коммунальщикам, освещение во дворе починили быстро",
        "Глава района опять не выполнил обещания, дороги в ямах. Позор администрации",
        "Подскажите, где получить справку о составе семьи и в какие часы работает МФЦ",
        "Опять без горячей воды, сколько можно? Когда закончат ремонт теплотрассы",
        "Мэр некомпетентен, требуем отчёта о расходах бюджета на благоустройство",
        "Автобус номер 12 не ходит по расписанию, люди мёрзнут на остановке по сорок минут",
        "Когда откроют новую поликлинику? Запись к терапевту на месяц вперёд",
        "Во дворе дома 15 по Садовой сломана детская площадка, дети могут пострадать",
        "Благодарю сотрудников соцзащиты за помощь с оформлением пособия",
    };
    private static final String[] VIOLATION = {
        "Да пошли вы нахуй со своим благоустройством",
        "Депутат дурак и идиот, таких гнать надо",
        "Вы там все охуели? Хуй вам, а не налоги",
        "Заработок от 5000 в день без вложений, пиши в t.me/easy_money_bot",
        "бля, опять эти чиновники воруют",
    };

    private final SplittableRandom random;

    BenchCorpus(long seed) {
        this.random = new SplittableRandom(seed);
    }

    byte[] next(long i) {
        boolean violation = random.nextInt(10) == 0;
        String text = (violation ? VIOLATION[random.nextInt(VIOLATION.length)] : CLEAN[random.nextInt(CLEAN.length)])
                + " #" + i;
        long author = 1_000_000L + random.nextInt(50_000);
        int format = random.nextInt(10);
        long date = 1735905000L + i / 1000;
        String json;
        if (format < 5) {
            json = "{\"type\":\"wall_reply_new\",\"event_id\":\"bench-" + i + "\",\"v\":\"5.199\",\"group_id\":218000001,"
                    + "\"object\":{\"id\":" + (i + 1) + ",\"from_id\":" + author + ",\"post_id\":4410,"
                    + "\"owner_id\":-218000001,\"parents_stack\":[],\"date\":" + date + ",\"text\":\"" + text
                    + "\",\"thread\":{\"count\":0}}}";
        } else if (format < 8) {
            json = "{\"update_id\":" + (100_000_000L + i) + ",\"message\":{\"message_id\":" + (i + 1)
                    + ",\"message_thread_id\":4790,\"from\":{\"id\":" + (5_000_000_000L + author)
                    + ",\"is_bot\":false,\"first_name\":\"Житель\",\"language_code\":\"ru\"},"
                    + "\"chat\":{\"id\":-1001987654321,\"type\":\"supergroup\",\"title\":\"Администрация — обсуждение\"},"
                    + "\"date\":" + date + ",\"text\":\"" + text + "\"}}";
        } else {
            json = "{\"platform\":\"ok\",\"communityId\":\"55035273412858\",\"postId\":\"157547387388922\","
                    + "\"commentId\":\"OK" + i + "\",\"authorId\":\"" + author + "\",\"text\":\"" + text
                    + "\",\"timestamp\":\"2025-01-03T12:03:20Z\",\"eventId\":\"ok-" + i + "\"}";
        }
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
