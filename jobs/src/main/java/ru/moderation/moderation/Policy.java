package ru.moderation.moderation;

import ru.moderation.classify.Category;

import java.io.Serializable;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * The moderation policy of one community.
 *
 * @param name {@code default} or the community key ({@code platform:communityId}) it was configured for
 * @param threshold strikes within {@code window} that blacklist the author (2 by default)
 * @param window how long a strike counts, measured on comment time
 * @param approval false: {@code BLACKLIST_USER}; true: {@code BLACKLIST_PROPOSED} for a human to confirm
 * @param categories the categories that lead to a delete and a strike; other findings are only audited
 * @param banDuration blacklist length; {@code null} means permanent
 */
public record Policy(
        String name, int threshold, Duration window, boolean approval, Set<Category> categories, Duration banDuration)
        implements Serializable {

    public static final Policy DEFAULT = new Policy(
            "default", 2, Duration.ofDays(30), false, EnumSet.allOf(Category.class), Duration.ofDays(30));

    public Policy {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be >= 1, got " + threshold);
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive");
        }
        if (banDuration != null && (banDuration.isNegative() || banDuration.isZero())) {
            throw new IllegalArgumentException("banDuration must be positive (omit it or use \"permanent\")");
        }
        categories = categories.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(categories);
    }

    public String mode() {
        return approval ? "approval" : "auto";
    }

    /** Ban end for a ban decided at {@code atMillis}; 0 for a permanent ban. */
    public long banUntil(long atMillis) {
        return banDuration == null ? 0L : atMillis + banDuration.toMillis();
    }
}
