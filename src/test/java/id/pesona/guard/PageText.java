package id.pesona.guard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jsoup.nodes.Document;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/** The words a user reads on a page, in a PDF or in a spreadsheet, for the crawler's text checks. */
final class PageText {

    private PageText() {}

    /**
     * The page's visible text without what is shown as code on purpose (region codes, NIKs, JSON of the audit) and
     * without audit summaries: those are recorded once, in the words of their day, and the trail is never rewritten.
     */
    static String visible(Document page) {
        Document copy = page.clone();
        copy.select("code, pre, .font-monospace, .audit-summary, script, style, head")
                .remove();
        return copy.body() == null ? "" : copy.body().text();
    }

    static String ofPdf(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            // a stored placeholder is no real PDF: nothing to read
            return "";
        }
    }

    static String ofXlsx(byte[] xlsx) {
        StringBuilder out = new StringBuilder();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            book.getSheets().forEach(sheet -> {
                try (var rows = sheet.openStream()) {
                    rows.forEach(row -> row.forEach(cell -> {
                        if (cell != null && cell.getType() == org.dhatim.fastexcel.reader.CellType.STRING) {
                            out.append(cell.getRawValue()).append('\n');
                        }
                    }));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The constants of every enum under the package, less the words of the programme. */
    static Set<String> enumConstants(String basePackage, Set<String> terms) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) ->
                "java.lang.Enum".equals(reader.getClassMetadata().getSuperClassName()));
        Set<String> codes = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents(basePackage)) {
            try {
                for (Object constant :
                        Class.forName(candidate.getBeanClassName()).getEnumConstants()) {
                    String name = ((Enum<?>) constant).name();
                    if (name.length() >= 4 && !terms.contains(name)) {
                        codes.add(name);
                    }
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return codes;
    }
}
