package ru.moderation.moderation;

import java.util.ArrayList;
import java.util.List;

/** Short Russian explanations: for moderators in the action, and for the banned user in VK's ban comment. */
public final class Reasons {
    private Reasons() {}

    static String category(String c) {
        return switch (c) {
            case "OBSCENITY" -> "нецензурная брань";
            case "INSULT" -> "оскорбления";
            case "HATE" -> "разжигание ненависти";
            case "THREAT" -> "угрозы";
            case "SPAM" -> "спам и реклама";
            default -> c;
        };
    }

    static String categories(String[] cats) {
        List<String> names = new ArrayList<>();
        if (cats != null) {
            for (String c : cats) {
                names.add(category(c));
            }
        }
        return names.isEmpty() ? "нарушение правил" : String.join(", ", names);
    }

    public static String banCommentForUser(String[] cats) {
        return "Блокировка за нарушение правил сообщества: " + categories(cats);
    }

    /** For moderators: what was found and what is done. */
    public static String forModerators(Action a) {
        String found = "";
        if (a.evidence != null && a.evidence.length > 0) {
            List<String> frags = new ArrayList<>();
            for (Evidence e : a.evidence) {
                if (frags.size() == 3) {
                    break;
                }
                // a mailing is evidence by repetition: say so, the fragment alone would look harmless
                frags.add(MassMailing.RULE.equals(e.rule) ? e.term + " «" + e.fragment + "»" : "«" + e.fragment + "»");
            }
            found = " (найдено: " + String.join(", ", frags) + ")";
        }
        return switch (a.type) {
            case DELETE_COMMENT -> "Удалить комментарий: " + categories(a.categories) + found
                    + ". Нарушений за период: " + a.strikes + " (порог " + a.threshold + ").";
            case BLACKLIST_USER -> "Внести автора в чёрный список " + banLength(a) + ": "
                    + a.strikes + " нарушения (порог " + a.threshold + "), последнее — " + categories(a.categories) + ".";
            case BLACKLIST_PROPOSED -> "Предлагается внести автора в чёрный список " + banLength(a) + ": "
                    + a.strikes + " нарушения (порог " + a.threshold + "), последнее — " + categories(a.categories)
                    + ". Требуется подтверждение модератора.";
        };
    }

    private static String banLength(Action a) {
        if (a.banUntilMillis == 0) {
            return "навсегда";
        }
        return "до " + java.time.Instant.ofEpochMilli(a.banUntilMillis).toString().substring(0, 10);
    }
}
