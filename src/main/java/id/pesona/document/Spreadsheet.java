package id.pesona.document;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a simple, streamed {@code .xlsx}: a title row, a header row and data rows. Text that a spreadsheet would
 * read as a formula ({@code = + - @}, tab, carriage return) is neutralised with a leading apostrophe.
 */
public final class Spreadsheet {

    private Spreadsheet() {}

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Makes text safe against formula injection (CSV/Excel injection). */
    public static String safeText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }

    public static void write(
            OutputStream out, String sheetName, String title, List<String> headers, Iterable<List<?>> rows)
            throws IOException {
        Workbook wb = new Workbook(out, "Pesona", "1.0");
        Worksheet ws = wb.newWorksheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
        int r = 0;
        if (title != null) {
            ws.value(r, 0, safeText(title));
            ws.style(r, 0).bold().set();
            r += 2;
        }
        for (int c = 0; c < headers.size(); c++) {
            ws.value(r, c, headers.get(c));
            ws.style(r, c).bold().fillColor("DDE7F0").set();
        }
        r++;
        for (List<?> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v == null) {
                    continue;
                }
                if (v instanceof Number n) {
                    ws.value(r, c, n);
                } else if (v instanceof LocalDate d) {
                    ws.value(r, c, d);
                    ws.style(r, c).format("d mmmm yyyy").set();
                } else if (v instanceof Boolean b) {
                    ws.value(r, c, b);
                } else {
                    ws.value(r, c, safeText(v.toString()));
                }
            }
            r++;
        }
        for (int c = 0; c < headers.size(); c++) {
            ws.width(c, Math.max(12, Math.min(50, headers.get(c).length() + 4)));
        }
        wb.finish();
    }
}
