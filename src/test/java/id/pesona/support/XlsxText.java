package id.pesona.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** The text cells of an exported {@code .xlsx} (its shared strings), for assertions. */
public final class XlsxText {

    private XlsxText() {}

    /** Every row of the first sheet, each cell as its text (a number as its plain value, an empty cell as ""). */
    public static List<List<String>> rows(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row r : wb.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < r.getCellCount(); i++) {
                    cells.add(r.getCell(i) == null ? "" : r.getCellText(i));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    public static String of(byte[] xlsx) throws Exception {
        Path file = Files.createTempFile("export", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (var zip = new ZipFile(file.toFile())) {
                var entry = zip.getEntry("xl/sharedStrings.xml");
                return entry == null
                        ? ""
                        : new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
