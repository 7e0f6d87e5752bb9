package id.pesona.shared;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records read one at a time from a character stream: a field that starts with a quote may hold separators,
 * doubled quotes and line breaks; a quote inside an unquoted field is an ordinary character. Records end at CRLF, LF
 * or CR. Fields and records are bounded, so a file with one endless line or an unclosed quote is refused instead of
 * filling the memory. The one CSV reader of the application (uploads and the shipped region table).
 */
public final class CsvRecords implements Closeable {

    /** Excel's column limit; more fields in one record means the file is not a table. */
    public static final int MAX_FIELDS = 16_384;

    private final Reader in;
    private final char separator;
    private final int maxFieldChars;
    private final char[] buf = new char[8_192];
    private int pos;
    private int len;
    private int line = 1;
    private int recordLine;

    public CsvRecords(Reader in, char separator, int maxFieldChars) {
        this.in = in;
        this.separator = separator;
        this.maxFieldChars = maxFieldChars;
    }

    /** The fields of the next record, or {@code null} at the end of the stream. */
    public List<String> next() throws IOException {
        if (peek() < 0) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            int c = read();
            if (c < 0) {
                // an unclosed quote ends with the stream: its text is kept as the last field
                return end(fields, field);
            }
            if (quoted) {
                if (c != '"') {
                    append(field, (char) c);
                } else if (peek() == '"') {
                    read();
                    append(field, '"');
                } else {
                    quoted = false;
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == separator) {
                add(fields, field);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                return end(fields, field);
            } else {
                append(field, (char) c);
            }
        }
    }

    /** The line of the file (1 = the first) on which the record last returned by {@link #next()} starts. */
    public int line() {
        return recordLine;
    }

    private List<String> end(List<String> fields, StringBuilder field) {
        add(fields, field);
        return fields;
    }

    private void add(List<String> fields, StringBuilder field) {
        if (fields.size() == MAX_FIELDS) {
            throw new InvalidInputException("file", "import.error.tooManyColumns", recordLine, MAX_FIELDS);
        }
        fields.add(field.toString());
        field.setLength(0);
    }

    private void append(StringBuilder field, char c) {
        if (field.length() == maxFieldChars) {
            throw new InvalidInputException("file", "import.error.cellTooLongRow", recordLine, maxFieldChars);
        }
        field.append(c);
    }

    private int peek() throws IOException {
        if (pos == len) {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                return -1;
            }
        }
        return buf[pos];
    }

    private int read() throws IOException {
        int c = peek();
        if (c >= 0) {
            pos++;
            if (c == '\n' || (c == '\r' && peek() != '\n')) {
                line++;
            }
        }
        return c;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
