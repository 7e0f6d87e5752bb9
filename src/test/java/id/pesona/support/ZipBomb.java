package id.pesona.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A real, minimal {@code .xlsx} (one sheet, inline strings) whose data row ends in one cell of {@code cellChars} times
 * 'A', written through the deflater in slices: 300 MB of cell makes a file of about 300 KB, and neither the file nor
 * the test ever holds the cell.
 */
public final class ZipBomb {

    private ZipBomb() {}

    public static byte[] xlsx(List<String> header, List<String> row, long cellChars) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(bytes, header, row, cellChars);
        return bytes.toByteArray();
    }

    public static void write(OutputStream target, List<String> header, List<String> row, long cellChars)
            throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(target)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            part(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    </Types>""");
            part(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                    Target="xl/workbook.xml"/>
                    </Relationships>""");
            part(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            part(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
                    Target="worksheets/sheet1.xml"/>
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            text(
                    zip,
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
                            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            text(zip, row(1, header));
            text(zip, row(2, row).replace("</row>", ""));
            text(zip, "<c r=\"" + column(row.size()) + "2\" t=\"inlineStr\"><is><t>");
            byte[] slice = "A".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
            for (long left = cellChars; left > 0; left -= slice.length) {
                zip.write(slice, 0, (int) Math.min(left, slice.length));
            }
            text(zip, "</t></is></c></row></sheetData></worksheet>");
            zip.closeEntry();
        }
    }

    private static String row(int number, List<String> cells) {
        StringBuilder sb = new StringBuilder("<row r=\"" + number + "\">");
        for (int i = 0; i < cells.size(); i++) {
            sb.append("<c r=\"")
                    .append(column(i))
                    .append(number)
                    .append("\" t=\"inlineStr\"><is><t>")
                    .append(cells.get(i)
                            .replace("&", "&amp;")
                            .replace("<", "&lt;")
                            .replace(">", "&gt;"))
                    .append("</t></is></c>");
        }
        return sb.append("</row>").toString();
    }

    private static String column(int index) {
        return index < 26
                ? String.valueOf((char) ('A' + index))
                : String.valueOf((char) ('A' + index / 26 - 1)) + (char) ('A' + index % 26);
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        text(zip, xml);
        zip.closeEntry();
    }

    private static void text(ZipOutputStream zip, String s) throws IOException {
        zip.write(s.getBytes(StandardCharsets.UTF_8));
    }
}
