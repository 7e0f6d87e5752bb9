package id.pesona.participant;

/**
 * NIK → first row number of a file, for finding a NIK repeated inside one import. Open addressing over primitive arrays
 * (a NIK fits in a {@code long}): about 24 bytes per row, so a million-row file needs some 24 MB, not the 100 MB a
 * {@code HashMap<String, Integer>} would.
 */
final class NikRows {

    private long[] keys = new long[1 << 12];
    private int[] rows = new int[1 << 12];
    private int size;

    /** Records the row for the NIK if it is new; returns the earlier row when the NIK was seen, else 0. */
    int putIfAbsent(String nik, int row) {
        long key = Long.parseLong(nik) + 1; // 0 marks a free slot
        if (size * 2 >= keys.length) {
            grow();
        }
        int i = slot(key, keys.length);
        while (keys[i] != 0) {
            if (keys[i] == key) {
                return rows[i];
            }
            i = (i + 1) & (keys.length - 1);
        }
        keys[i] = key;
        rows[i] = row;
        size++;
        return 0;
    }

    private static int slot(long key, int length) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & (length - 1);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new int[oldKeys.length * 2];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = slot(oldKeys[j], keys.length);
                while (keys[i] != 0) {
                    i = (i + 1) & (keys.length - 1);
                }
                keys[i] = oldKeys[j];
                rows[i] = oldRows[j];
            }
        }
    }

    int size() {
        return size;
    }

    @Override
    public String toString() {
        return "NikRows[" + size + " of " + keys.length + "]";
    }
}
