package ru.moderation.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in stream of the embedded default: what a municipal page sees in a day, in every input
 * format — ordinary questions, sharp but legitimate criticism of officials (which must never be
 * deleted), obscenity, insults, spam, a repeat offender who ends up blacklisted, and two broken records.
 */
final class SampleComments {
    private SampleComments() {}

    static final long GROUP = 218000001L;
    static final String TG_CHAT = "-1001987654321";

    static List<byte[]> all() {
        List<String> s = new ArrayList<>();
        long t = 1735905000L;
        int e = 0;
        s.add(vk("wall_reply_new", ++e, 5101, 700100200, t, "Когда уберут снег во дворе на Ленина, 5? Третий день не проехать."));
        s.add(tg(++e, 4821, 5123456789L, t + 5, "Опять без горячей воды. Сколько можно, когда дадут?"));
        s.add(vk("wall_reply_new", ++e, 5102, 700100300, t + 10,
                "Глава района опять не выполнил обещания, дороги как были в ямах, так и остались. Позор администрации!"));
        s.add(normalized("ok", "55035273412858", "157547387388922", "OK-1", "577123456789", t + 15,
                "Спасибо коммунальщикам, освещение во дворе починили быстро."));
        s.add(vk("wall_reply_new", ++e, 5103, 700100666, t + 20, "Да пошли вы нахуй со своим благоустройством"));
        s.add(tg(++e, 4822, 5123456790L, t + 25, "Мэр некомпетентен, требуем отставки и отчёта о расходах бюджета."));
        s.add("{\"type\":\"wall_post_new\",\"event_id\":\"post-1\",\"v\":\"5.199\",\"group_id\":" + GROUP
                + ",\"object\":{\"id\":4411,\"owner_id\":-" + GROUP + ",\"from_id\":-" + GROUP
                + ",\"date\":" + (t + 30) + ",\"post_type\":\"post\",\"text\":\"График вывоза мусора на неделю\"}}");
        s.add(tgChannel(++e, 4823, "-1005550001111", t + 35, "Заработок от 5000 в день без вложений, пиши в t.me/easy_money_bot"));
        s.add("это не JSON, а обрывок строки {\"type\":");
        s.add(vk("wall_reply_new", ++e, 5104, 700100777, t + 40, "Депутат — дурак и идиот, таких гнать надо"));
        s.add(normalized("ok", "55035273412858", "157547387388922", "OK-2", "577123456790", t + 45,
                "Когда откроют новую поликлинику? Запись к терапевту на месяц вперёд."));
        s.add(vk("wall_reply_new", ++e, 5105, 700100666, t + 50, "Вы там все охуели? Хуй вам, а не налоги"));
        s.add("{\"update_id\":" + (905412000 + (++e)) + ",\"message\":{\"message_id\":4824,\"chat\":{\"id\":"
                + TG_CHAT + ",\"type\":\"supergroup\"},\"text\":\"нет автора\"}}");
        s.add(vk("photo_comment_new", ++e, 17, 700100666, t + 60, "бля, опять эти фотки"));
        s.add(tg(++e, 4825, 5123456791L, t + 65, "Подскажите, где получить справку о составе семьи?"));
        s.add(vk("wall_reply_edit", ++e, 5101, 700100200, t + 70,
                "Когда уберут снег во дворе на Ленина, 5? Уже четвёртый день не проехать, скорая не проедет."));
        List<byte[]> out = new ArrayList<>();
        for (String x : s) {
            out.add(x.getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    static String vk(String type, int eventNo, long commentId, long author, long date, String text) {
        String object;
        if (type.startsWith("photo_")) {
            object = "{\"id\":" + commentId + ",\"from_id\":" + author + ",\"date\":" + date + ",\"text\":\"" + text
                    + "\",\"photo_owner_id\":-" + GROUP + ",\"photo_id\":457239017}";
        } else {
            object = "{\"id\":" + commentId + ",\"from_id\":" + author + ",\"post_id\":4410,\"owner_id\":-" + GROUP
                    + ",\"date\":" + date + ",\"text\":\"" + text + "\"}";
        }
        return "{\"type\":\"" + type + "\",\"event_id\":\"sample-" + eventNo + "\",\"v\":\"5.199\",\"group_id\":" + GROUP
                + ",\"object\":" + object + "}";
    }

    static String tg(int eventNo, long messageId, long userId, long date, String text) {
        return "{\"update_id\":" + (905412000 + eventNo) + ",\"message\":{\"message_id\":" + messageId
                + ",\"message_thread_id\":4790,\"from\":{\"id\":" + userId + ",\"is_bot\":false,\"first_name\":\"Житель\"},"
                + "\"chat\":{\"id\":" + TG_CHAT + ",\"type\":\"supergroup\",\"title\":\"Администрация — обсуждение\"},"
                + "\"date\":" + date + ",\"text\":\"" + text + "\"}}";
    }

    static String tgChannel(int eventNo, long messageId, String channelId, long date, String caption) {
        return "{\"update_id\":" + (905412000 + eventNo) + ",\"message\":{\"message_id\":" + messageId
                + ",\"message_thread_id\":4790,\"from\":{\"id\":136817688,\"is_bot\":true,\"first_name\":\"Channel\","
                + "\"username\":\"Channel_Bot\"},\"sender_chat\":{\"id\":" + channelId + ",\"type\":\"channel\"},"
                + "\"chat\":{\"id\":" + TG_CHAT + ",\"type\":\"supergroup\"},\"date\":" + date
                + ",\"photo\":[{\"file_id\":\"AgAC\",\"file_unique_id\":\"AQAD\",\"width\":1280,\"height\":720}],"
                + "\"caption\":\"" + caption + "\"}}";
    }

    static String normalized(String platform, String community, String post, String comment, String author, long epochSec,
            String text) {
        return "{\"platform\":\"" + platform + "\",\"communityId\":\"" + community + "\",\"postId\":\"" + post
                + "\",\"commentId\":\"" + comment + "\",\"authorId\":\"" + author + "\",\"text\":\"" + text
                + "\",\"timestamp\":\"" + java.time.Instant.ofEpochSecond(epochSec) + "\",\"eventId\":\"" + platform + "-"
                + comment + "\"}";
    }
}
