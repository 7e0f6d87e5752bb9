package id.pesona.document;

import id.pesona.shared.CsvRecords;
import id.pesona.shared.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads an uploaded table row by row without loading it whole: {@code .xlsx} through a streaming reader after {@link
 * ArchiveCheck}, {@code .csv} (RFC 4180, {@link CsvRecords}) in UTF-8 or Windows-1252, or UTF-16/UTF-32 with a byte
 * order mark, comma, semicolon or tab separated. Blank rows are skipped; row numbers are the file's own (1 = the
 * header; a CSV row is numbered by the line it starts on).
 */
public final class TabularFile {

    /** One data row with its row number in the file. */
    public record Line(int number, List<String> cells) {

        public String cell(int index) {
            return index < 0 || index >= cells.size() ? "" : cells.get(index).strip();
        }
    }

    private TabularFile() {}

    private static final List<java.time.format.DateTimeFormatter> DATES = List.of(
            java.time.format.DateTimeFormatter.ISO_LOCAL_DATE,
            java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu"),
            java.time.format.DateTimeFormatter.ofPattern("d-M-uuuu"),
            java.time.format.DateTimeFormatter.ofPattern("d.M.uuuu"));

    /**
     * A date cell as users type it: ISO, day/month/year (with / - or .), or an Excel date serial (days since 30 December
     * 1899). Empty when blank; {@link java.util.Optional#empty()} too when it is not a date (the caller names the field).
     */
    public static java.util.Optional<java.time.LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        String t = text.strip();
        if (t.matches("\\d{4,5}")) {
            return java.util.Optional.of(java.time.LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(t)));
        }
        for (var f : DATES) {
            try {
                return java.util.Optional.of(
                        java.time.LocalDate.parse(t, f.withResolverStyle(java.time.format.ResolverStyle.STRICT)));
            } catch (java.time.format.DateTimeParseException e) {
                // next format
            }
        }
        return java.util.Optional.empty();
    }

    /** At most this many data rows unless the caller sets its own bound (Excel's sheet holds 1,048,576). */
    public static final int MAX_ROWS = 1_048_576;

    /** Excel's limit for the text of one cell; a longer cell means the file was not written by a spreadsheet. */
    public static final int MAX_CELL_CHARS = 32_767;

    /** Calls {@code header} once with the first row, then {@code rows} for each non-blank data row. */
    public static void read(Path file, String fileName, Consumer<List<String>> header, Consumer<Line> rows)
            throws IOException {
        read(file, fileName, MAX_ROWS, header, rows);
    }

    /**
     * As {@link #read(Path, String, Consumer, Consumer)}, refusing the file once it has more than {@code maxRows} data
     * rows (before the next row is read), a cell longer than {@link #MAX_CELL_CHARS}, or an {@code .xlsx} that fails
     * {@link ArchiveCheck} (a zip bomb).
     */
    public static void read(Path file, String fileName, int maxRows, Consumer<List<String>> header, Consumer<Line> rows)
            throws IOException {
        Consumer<Line> bounded = bounded(maxRows, rows);
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (Files.size(file) == 0) {
            throw new InvalidInputException("file", "import.error.empty");
        }
        if (name.endsWith(".xlsx")) {
            readXlsx(file, header, bounded);
        } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
            readCsv(file, header, bounded);
        } else {
            throw new InvalidInputException("file", "import.error.type", fileName);
        }
    }

    private static void readXlsx(Path file, Consumer<List<String>> header, Consumer<Line> rows) throws IOException {
        byte[] magic = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(magic, 0, 4) < 4 || magic[0] != 'P' || magic[1] != 'K') {
                throw new InvalidInputException("file", "import.error.notSpreadsheet");
            }
        }
        try {
            ArchiveCheck.check(file, ArchiveCheck.DEFAULT);
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("file", "import.error.notSpreadsheet");
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            Sheet sheet = wb.getFirstSheet();
            boolean[] first = {true};
            try (var stream = sheet.openStream()) {
                Iterator<Row> it = stream.iterator();
                while (it.hasNext()) {
                    Row r = it.next();
                    List<String> cells = new ArrayList<>(r.getCellCount());
                    for (int i = 0; i < r.getCellCount(); i++) {
                        cells.add(text(r.getCell(i)));
                    }
                    if (first[0]) {
                        first[0] = false;
                        header.accept(cells);
                    } else if (!blank(cells)) {
                        rows.accept(new Line(r.getRowNum(), cells));
                    }
                }
            }
            if (first[0]) {
                throw new InvalidInputException("file", "import.error.empty");
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // a zip that is not a workbook, or a workbook the reader cannot parse
            throw new InvalidInputException("file", "import.error.notSpreadsheet");
        }
    }

    /** Counts the rows handed on and checks their cells' length. */
    private static Consumer<Line> bounded(int maxRows, Consumer<Line> rows) {
        int[] count = {0};
        return line -> {
            if (++count[0] > maxRows) {
                throw new InvalidInputException("file", "import.error.tooManyRows", maxRows);
            }
            for (String c : line.cells()) {
                if (c != null && c.length() > MAX_CELL_CHARS) {
                    throw new InvalidInputException(
                            "file", "import.error.cellTooLongRow", line.number(), MAX_CELL_CHARS);
                }
            }
            rows.accept(line);
        };
    }

    /** Cell text as typed: numbers without exponent or trailing ".0" (a NIK typed as a number stays 16 digits). */
    static String text(Cell c) {
        if (c == null) {
            return "";
        }
        if (c.getType() == CellType.NUMBER) {
            String raw = c.getRawValue();
            try {
                return new BigDecimal(raw).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return raw;
            }
        }
        String t = c.getText();
        return t == null ? "" : t;
    }

    private static boolean blank(List<String> cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static void readCsv(Path file, Consumer<List<String>> header, Consumer<Line> rows) throws IOException {
        Encoding encoding = encoding(file);
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(encoding.bom());
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(
                            in,
                            encoding.charset()
                                    .newDecoder()
                                    .onMalformedInput(CodingErrorAction.REPORT)
                                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
                    65_536);
            try (CsvRecords csv = new CsvRecords(reader, separator(reader), MAX_CELL_CHARS)) {
                List<String> first = csv.next();
                if (first == null) {
                    throw new InvalidInputException("file", "import.error.empty");
                }
                header.accept(first);
                List<String> record;
                while ((record = csv.next()) != null) {
                    if (!blank(record)) {
                        rows.accept(new Line(csv.line(), record));
                    }
                }
            }
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", "import.error.encoding");
        }
    }

    /** The separator the header line uses most: comma, semicolon (Excel in Indonesian) or tab (Excel's "Unicode"). */
    private static char separator(BufferedReader reader) throws IOException {
        reader.mark(65_536);
        int[] counts = new int[3];
        String seps = ",;\t";
        boolean quoted = false;
        for (int i = 0, c; i < 65_535 && (c = reader.read()) >= 0; i++) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && seps.indexOf(c) >= 0) {
                counts[seps.indexOf(c)]++;
            }
        }
        reader.reset();
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return seps.charAt(best);
    }

    /** A charset and the length of the byte order mark before the text. */
    record Encoding(Charset charset, int bom) {}

    /**
     * By byte order mark: UTF-32 or UTF-16 (either byte order) or UTF-8; without one, UTF-8 when the first 64 KiB decode
     * strictly as UTF-8, otherwise Windows-1252 (Excel's "CSV" on Windows). Text without a mark that holds NUL bytes is
     * UTF-16 or UTF-32 written without one: refused, as a guess would turn every row into junk.
     */
    static Encoding encoding(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(65_536);
        }
        if (starts(head, 0x00, 0x00, 0xFE, 0xFF)) {
            return new Encoding(Charset.forName("UTF-32BE"), 4);
        }
        if (starts(head, 0xFF, 0xFE, 0x00, 0x00)) {
            return new Encoding(Charset.forName("UTF-32LE"), 4);
        }
        if (starts(head, 0xFE, 0xFF)) {
            return new Encoding(StandardCharsets.UTF_16BE, 2);
        }
        if (starts(head, 0xFF, 0xFE)) {
            return new Encoding(StandardCharsets.UTF_16LE, 2);
        }
        if (starts(head, 0xEF, 0xBB, 0xBF)) {
            return new Encoding(StandardCharsets.UTF_8, 3);
        }
        for (byte b : head) {
            if (b == 0) {
                throw new InvalidInputException("file", "import.error.encoding");
            }
        }
        int end = head.length;
        // do not judge a multi-byte character cut at the end of the sample
        while (end > 0 && end > head.length - 4 && (head[end - 1] & 0xC0) == 0x80) {
            end--;
        }
        if (end > 0 && (head[end - 1] & 0xC0) == 0xC0) {
            end--;
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, end));
            return new Encoding(StandardCharsets.UTF_8, 0);
        } catch (CharacterCodingException e) {
            return new Encoding(Charset.forName("windows-1252"), 0);
        }
    }

    private static boolean starts(byte[] head, int... bom) {
        if (head.length < bom.length) {
            return false;
        }
        for (int i = 0; i < bom.length; i++) {
            if ((head[i] & 0xFF) != bom[i]) {
                return false;
            }
        }
        return true;
    }
}
