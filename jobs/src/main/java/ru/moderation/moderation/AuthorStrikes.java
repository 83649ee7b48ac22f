package ru.moderation.moderation;

import java.util.Arrays;

/**
 * Everything the strike tracker keeps for one (platform, community, author), in one keyed value so a
 * violation costs one state read and one write (a RocksDB map iterator per violation cost more than
 * the rest of the decision). Entries older than the longest window are pruned on every write.
 */
public class AuthorStrikes {
    /** Comment keys that struck, oldest first. */
    public String[] comments = new String[0];
    /** Comment time (ms) of each strike, parallel to {@link #comments}. */
    public long[] times = new long[0];
    /** End of the ban or proposal already issued: -1 none, 0 permanent, else ms since epoch. */
    public long bannedUntil = -1;

    public AuthorStrikes() {}

    boolean struck(String commentKey) {
        for (String c : comments) {
            if (c.equals(commentKey)) {
                return true;
            }
        }
        return false;
    }

    /** Strikes with comment time in (at - window, at]. */
    int count(long at, long windowMillis) {
        long from = at - windowMillis;
        int n = 0;
        for (long t : times) {
            if (t > from && t <= at) {
                n++;
            }
        }
        return n;
    }

    boolean banned(long at) {
        return bannedUntil == 0L || bannedUntil > at;
    }

    /** Adds a strike and drops strikes that no window can count any more. */
    void add(String commentKey, long time, long keepMillis) {
        long oldest = time - keepMillis;
        int keep = 0;
        for (long t : times) {
            if (t > oldest) {
                keep++;
            }
        }
        String[] c = new String[keep + 1];
        long[] ts = new long[keep + 1];
        int j = 0;
        for (int i = 0; i < times.length; i++) {
            if (times[i] > oldest) {
                c[j] = comments[i];
                ts[j] = times[i];
                j++;
            }
        }
        c[j] = commentKey;
        ts[j] = time;
        comments = c;
        times = ts;
    }

    @Override
    public String toString() {
        return Arrays.toString(comments) + Arrays.toString(times) + " bannedUntil=" + bannedUntil;
    }
}
