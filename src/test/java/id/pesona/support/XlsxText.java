package id.pesona.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/** The text cells of an exported {@code .xlsx} (its shared strings), for assertions. */
public final class XlsxText {

    private XlsxText() {}

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
