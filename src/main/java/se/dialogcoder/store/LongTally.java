package se.dialogcoder.store;

/**
 * Counts per long key (never 0), in open addressing without boxing: the totals count millions of meetings of
 * codes, and a {@code HashMap<Long, …>} spends most of that time allocating.
 */
final class LongTally {
    private long[] keys = new long[64];
    private long[] values = new long[64];
    private int size;

    /** Adds {@code n} to the count of {@code key} (keys should be well spread; 0 is not a key). */
    void add(long key, long n) {
        int mask = keys.length - 1;
        int i = (int) (key ^ (key >>> 29)) & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0) {
            keys[i] = key;
            if (++size * 2 > keys.length) {
                values[i] += n;
                grow();
                return;
            }
        }
        values[i] += n;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = (int) (oldKeys[j] ^ (oldKeys[j] >>> 29)) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    /** Receives each key and its count. */
    interface Sink {
        void accept(long key, long count);
    }

    void forEach(Sink sink) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                sink.accept(keys[i], values[i]);
            }
        }
    }
}
