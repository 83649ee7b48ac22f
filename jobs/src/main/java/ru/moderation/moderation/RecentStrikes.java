package ru.moderation.moderation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The strike values this subtask wrote last, in front of the RocksDB state: a violation by an author
 * seen recently skips the state read, which cost about a third of the strike operator's time (a native
 * call, a copy, the TTL wrapper and the POJO deserializer).
 *
 * <p>Write-through only: every value here was written to the state at the same moment, so the state
 * stays the single source of truth for checkpoints, restores and rescaling (a new operator instance
 * starts with an empty cache). An entry obeys the state's TTL exactly as Flink applies it (expired when
 * last write + TTL &le; now, on processing time), so the cache never returns a value the state would
 * not. Least recently used entries are dropped beyond the capacity.
 *
 * <p>Not thread-safe: one per operator instance.
 */
final class RecentStrikes {
    private final int capacity;
    private final long ttlMillis;
    private final LinkedHashMap<String, Entry> entries;

    private record Entry(AuthorStrikes value, long writtenAt) {}

    RecentStrikes(int capacity, long ttlMillis) {
        this.capacity = capacity;
        this.ttlMillis = ttlMillis;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > RecentStrikes.this.capacity;
            }
        };
    }

    /** The value last written for {@code key}, or null when it is not cached or the state has expired it. */
    AuthorStrikes get(String key, long now) {
        if (capacity == 0) {
            return null;
        }
        Entry e = entries.get(key);
        if (e == null) {
            return null;
        }
        if (e.writtenAt + ttlMillis <= now) {
            entries.remove(key);
            return null;
        }
        return e.value;
    }

    /** Records a value just written to the state; the caller must not change it without writing again. */
    void written(String key, AuthorStrikes value, long now) {
        if (capacity > 0) {
            entries.put(key, new Entry(value, now));
        }
    }

    int size() {
        return entries.size();
    }
}
