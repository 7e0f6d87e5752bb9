package id.pesona.document;

import id.pesona.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Inflates every part of an uploaded {@code .xlsx} once, counting, before the workbook reader may touch it: a zip bomb
 * (a small file whose one cell opens to hundreds of megabytes) is refused here, while nothing is held in memory. The
 * reader opens the archive through the same central directory (commons-compress), so it sees only what was checked.
 */
final class ArchiveCheck {

    /** Bounds of one archive; {@link #DEFAULT} for uploads, smaller ones in tests. */
    record Limits(
            int maxEntries,
            long maxEntryBytes,
            long maxSharedStringsBytes,
            long maxTotalBytes,
            int maxRatio,
            long ratioGraceBytes,
            int maxRunBytes) {}

    /**
     * Excel's own workbooks have about 10 parts; a sheet part is read as a stream, so its size costs time, not memory;
     * the shared-strings part is held whole by the reader, so it has a smaller bound. Legitimate XML inflates 5 to 30
     * times; 100 is Apache POI's default bound. A cell holds at most 32,767 characters (Excel's limit), up to 10 bytes
     * each when written as a character reference.
     */
    static final Limits DEFAULT = new Limits(1_000, 256L << 20, 64L << 20, 512L << 20, 100, 1L << 20, 32_767 * 10);

    private ArchiveCheck() {}

    static void check(Path file, Limits limits) throws IOException {
        centralDirectory(file, limits);
        long total = 0;
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (entry.isDirectory()) {
                    continue;
                }
                total += inflate(zip, entry, limits, limits.maxTotalBytes() - total);
            }
        }
    }

    /** Refuses before the central directory is read into memory when it claims too many entries. */
    private static void centralDirectory(Path file, Limits limits) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            int tail = (int) Math.min(size, 22 + 65_535);
            ByteBuffer buf = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(buf, size - tail);
            for (int i = tail - 22; i >= 0; i--) {
                if (buf.getInt(i) == 0x06054b50) {
                    int entries = Short.toUnsignedInt(buf.getShort(i + 10));
                    long directoryBytes = Integer.toUnsignedLong(buf.getInt(i + 12));
                    if (entries > limits.maxEntries() || directoryBytes > limits.maxEntries() * 1_024L) {
                        throw new InvalidInputException("file", "import.error.archive.entries", limits.maxEntries());
                    }
                    return;
                }
            }
        }
        throw new InvalidInputException("file", "import.error.notSpreadsheet");
    }

    /** Reads one entry to its end, counting bytes and the longest stretch between two '<' (a cell or attribute). */
    private static long inflate(ZipFile zip, ZipArchiveEntry entry, Limits limits, long totalLeft) throws IOException {
        String name = entry.getName();
        long maxBytes = Math.min(
                name.toLowerCase(java.util.Locale.ROOT).endsWith("sharedstrings.xml")
                        ? limits.maxSharedStringsBytes()
                        : limits.maxEntryBytes(),
                totalLeft);
        long compressed = Math.max(1, entry.getCompressedSize());
        byte[] buf = new byte[64 * 1024];
        long count = 0;
        int run = 0;
        int markup = 0; // 1 after '<', 2 after "<!": "<![" starts a CDATA section, which Excel never writes
        try (InputStream in = zip.getInputStream(entry)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                count += n;
                if (count > maxBytes) {
                    throw new InvalidInputException(
                            "file", "import.error.archive.size", shortName(name), Math.max(1, maxBytes >> 20));
                }
                if (count > limits.ratioGraceBytes() && count / compressed > limits.maxRatio()) {
                    throw new InvalidInputException("file", "import.error.archive.ratio", limits.maxRatio());
                }
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (markup == 2 && b == '[') {
                        throw new InvalidInputException("file", "import.error.notSpreadsheet");
                    }
                    markup = b == '<' ? 1 : markup == 1 && b == '!' ? 2 : 0;
                    run = b == '<' ? 0 : run + 1;
                    if (run > limits.maxRunBytes()) {
                        throw new InvalidInputException("file", "import.error.cellTooLong", 32_767);
                    }
                }
            }
        }
        return count;
    }

    private static String shortName(String name) {
        return name.length() > 60 ? name.substring(name.length() - 60) : name;
    }
}
