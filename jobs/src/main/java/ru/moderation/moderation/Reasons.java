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
                    + violations(a.strikes) + " (порог " + a.threshold + "), последнее — " + categories(a.categories) + ".";
            case BLACKLIST_PROPOSED -> "Предлагается внести автора в чёрный список " + banLength(a) + ": "
                    + violations(a.strikes) + " (порог " + a.threshold + "), последнее — " + categories(a.categories)
                    + ". Требуется подтверждение модератора.";
        };
    }

    /**
     * "1 нарушение", "2 нарушения", "5 нарушений", "21 нарушение": the noun agrees with the number, which
     * matters as soon as a community sets a threshold of five or more.
     */
    static String violations(int n) {
        int lastTwo = Math.abs(n) % 100;
        int last = lastTwo % 10;
        String noun;
        if (lastTwo >= 11 && lastTwo <= 14) {
            noun = "нарушений";
        } else if (last == 1) {
            noun = "нарушение";
        } else if (last >= 2 && last <= 4) {
            noun = "нарушения";
        } else {
            noun = "нарушений";
        }
        return n + " " + noun;
    }

    private static String banLength(Action a) {
        if (a.banUntilMillis == 0) {
            return "навсегда";
        }
        return "до " + java.time.Instant.ofEpochMilli(a.banUntilMillis).toString().substring(0, 10);
    }
}
