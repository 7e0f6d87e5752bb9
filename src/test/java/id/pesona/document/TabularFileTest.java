package id.pesona.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pesona.shared.InvalidInputException;
import id.pesona.support.ZipBomb;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TabularFileTest {

    @TempDir
    Path dir;

    List<TabularFile.Line> read(Path file, List<List<String>> header) throws Exception {
        List<TabularFile.Line> rows = new ArrayList<>();
        TabularFile.read(file, file.getFileName().toString(), header::add, rows::add);
        return rows;
    }

    @Test
    void csvWithBomQuotesAndBlankRowsKeepsTheFilesRowNumbers() throws Exception {
        Path f = dir.resolve("a.csv");
        Files.write(
                f,
                ("\uFEFFNIK,Nama,Alamat\n7209051206900001,\"Lamadi, Hasan\",\"Dusun \"\"2\"\"\"\n\n,,\n"
                                + "7209051206900002,Siti,Ampana\n")
                        .getBytes(StandardCharsets.UTF_8));
        List<List<String>> header = new ArrayList<>();
        var rows = read(f, header);
        assertThat(header.get(0)).containsExactly("NIK", "Nama", "Alamat");
        assertThat(rows).extracting(TabularFile.Line::number).containsExactly(2, 5);
        assertThat(rows.get(0).cells()).containsExactly("7209051206900001", "Lamadi, Hasan", "Dusun \"2\"");
    }

    @ParameterizedTest
    @CsvSource({"UTF-8", "windows-1252"})
    void detectsTheEncodingExcelWrote(String charset) throws Exception {
        Path f = dir.resolve("b.csv");
        Files.write(f, "Nama;Desa\nDésirée;Sigi Biromaru\n".getBytes(Charset.forName(charset)));
        var rows = read(f, new ArrayList<>());
        assertThat(rows.get(0).cells()).containsExactly("Désirée", "Sigi Biromaru");
    }

    @Test
    void xlsxNumbersComeBackAsTyped() throws Exception {
        Path f = dir.resolve("c.xlsx");
        try (OutputStream out = Files.newOutputStream(f)) {
            Workbook wb = new Workbook(out, "t", "1.0");
            Worksheet ws = wb.newWorksheet("S");
            ws.value(0, 0, "NIK");
            ws.value(0, 1, "Penghasilan");
            ws.value(1, 0, 7209051206900001L);
            ws.value(1, 1, 1500000);
            wb.finish();
        }
        var rows = read(f, new ArrayList<>());
        assertThat(rows.get(0).cells()).containsExactly("7209051206900001", "1500000");
    }

    @ParameterizedTest
    @CsvSource({"peserta.xlsx, import.error.notSpreadsheet", "peserta.pdf, import.error.type"})
    void refusesWhatIsNotASpreadsheet(String name, String key) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> read(f, new ArrayList<>()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    /**
     * A million rows stream through without being held: this test runs in its own surefire JVM with a 256 MiB heap
     * (pom.xml, execution "streaming"), and the file is about 100 MB, so keeping the rows would not fit.
     */
    @Test
    void aMillionRowsStreamThroughABoundedHeap() throws Exception {
        Path f = dir.resolve("besar.csv");
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("NIK,Nama Lengkap,Tanggal Lahir,Jenis Kelamin,Kode Desa,Pekerjaan,Sumber Dana,Tahun Program\n");
            for (int i = 1; i <= 1_000_000; i++) {
                w.write("720905120690" + String.format("%04d", i % 9_999 + 1) + ",Nama Peserta Yang Cukup Panjang " + i
                        + ",12/06/1990,L,72.09.05.2001,Nelayan,APBDes,2025\n");
            }
        }
        AtomicLong count = new AtomicLong();
        AtomicLong peak = new AtomicLong();
        Runtime rt = Runtime.getRuntime();
        TabularFile.read(f, "besar.csv", h -> {}, line -> {
            if (count.incrementAndGet() % 50_000 == 0) {
                peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
            }
        });
        assertThat(count.get()).isEqualTo(1_000_000);
        assertThat(Files.size(f)).isGreaterThan(90_000_000L);
        assertThat(rt.maxMemory()).isLessThan(Files.size(f) * 3);
        System.out.printf(
                "1.000.000 baris (%d MB) dibaca; heap maks %d MB, puncak terpakai %d MB%n",
                Files.size(f) >> 20, rt.maxMemory() >> 20, peak.get() >> 20);
    }

    static final List<String> HEADER = List.of("NIK", "Nama Lengkap");
    static final List<String> ROW = List.of("7209051206900001", "Hasan");

    static String key(Throwable e) {
        return ((InvalidInputException) e).messageKey();
    }

    @Test
    void theGeneratedZipBombIsARealWorkbook() throws Exception {
        Path f = dir.resolve("kecil.xlsx");
        Files.write(f, ZipBomb.xlsx(HEADER, ROW, 12));
        List<List<String>> header = new ArrayList<>();
        var rows = read(f, header);
        assertThat(header.get(0)).containsExactly("NIK", "Nama Lengkap");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(2);
            assertThat(r.cells()).containsExactly("7209051206900001", "Hasan", "A".repeat(12));
        });
    }

    /**
     * 300 MB of one cell in a file of a few hundred KB, in the 256 MiB JVM of the "streaming" execution: refused while
     * inflating, without the cell ever being held, and the heap stays usable.
     */
    @Test
    void aZipBombIsRefusedBeforeItIsHeld() throws Exception {
        Path f = dir.resolve("bom.xlsx");
        try (OutputStream out = Files.newOutputStream(f)) {
            ZipBomb.write(out, HEADER, ROW, 300L << 20);
        }
        assertThat(Files.size(f)).isLessThan(1L << 20);
        List<TabularFile.Line> rows = new ArrayList<>();
        assertThatThrownBy(() -> TabularFile.read(f, "bom.xlsx", h -> {}, rows::add))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.cellTooLong"));
        assertThat(rows).isEmpty();
        byte[] stillThere = new byte[64 << 20];
        assertThat(stillThere).hasSize(64 << 20);
    }

    @Test
    void anArchiveThatInflatesTooFarIsRefused() throws Exception {
        Path f = dir.resolve("rasio.xlsx");
        Files.write(f, ZipBomb.xlsx(HEADER, ROW, 5L << 20));
        var limits =
                new ArchiveCheck.Limits(1_000, 256L << 20, 64L << 20, 512L << 20, 100, 1L << 20, Integer.MAX_VALUE);
        assertThatThrownBy(() -> ArchiveCheck.check(f, limits))
                .satisfies(e -> assertThat(key(e)).isEqualTo("import.error.archive.ratio"));
    }

    @Test
    void anEntryLargerThanItsBoundIsRefused() throws Exception {
        Path f = dir.resolve("besar.xlsx");
        Files.write(f, ZipBomb.xlsx(HEADER, ROW, 2L << 20));
        var limits =
                new ArchiveCheck.Limits(1_000, 1L << 20, 1L << 20, 512L << 20, 100_000, 1L << 20, Integer.MAX_VALUE);
        assertThatThrownBy(() -> ArchiveCheck.check(f, limits))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.error.archive.size");
                    assertThat(e.args()).containsExactly("xl/worksheets/sheet1.xml", 1L);
                });
    }

    @Test
    void tooManyPartsOrACdataSectionAreRefused() throws Exception {
        Path many = dir.resolve("banyak.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(many))) {
            for (int i = 0; i < 1_001; i++) {
                zip.putNextEntry(new ZipEntry("x/" + i + ".xml"));
                zip.closeEntry();
            }
        }
        assertThatThrownBy(() -> read(many, new ArrayList<>()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("import.error.archive.entries"));
        Path cdata = dir.resolve("cdata.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(cdata))) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(
                    "<sheetData><c><is><t><![CDATA[A<A<A]]></t></is></c></sheetData>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> read(cdata, new ArrayList<>()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("import.error.notSpreadsheet"));
    }

    @Test
    void aCellLongerThanExcelAllowsIsRefusedWithItsRow() throws Exception {
        Path f = dir.resolve("sel.xlsx");
        Files.write(f, ZipBomb.xlsx(HEADER, ROW, TabularFile.MAX_CELL_CHARS + 1));
        assertThatThrownBy(() -> read(f, new ArrayList<>())).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("import.error.cellTooLongRow");
            assertThat(e.args()).containsExactly(2, TabularFile.MAX_CELL_CHARS);
        });
        Files.write(f, ZipBomb.xlsx(HEADER, ROW, TabularFile.MAX_CELL_CHARS));
        assertThat(read(f, new ArrayList<>()).get(0).cells().get(2)).hasSize(TabularFile.MAX_CELL_CHARS);
    }

    @ParameterizedTest
    @CsvSource({"baris.csv", "baris.xlsx"})
    void readingStopsAtTheRowBound(String name) throws Exception {
        Path f = dir.resolve(name);
        List<List<?>> data = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            data.add(List.of("72090512069000" + (10 + i), "Nama " + i));
        }
        if (name.endsWith(".csv")) {
            StringBuilder sb = new StringBuilder("NIK,Nama\n");
            data.forEach(r -> sb.append(r.get(0)).append(',').append(r.get(1)).append('\n'));
            Files.writeString(f, sb);
        } else {
            try (OutputStream out = Files.newOutputStream(f)) {
                Spreadsheet.write(out, "Data", null, List.of("NIK", "Nama"), data);
            }
        }
        List<TabularFile.Line> rows = new ArrayList<>();
        assertThatThrownBy(() -> TabularFile.read(f, name, 10, h -> {}, rows::add))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.error.tooManyRows");
                    assertThat(e.args()).containsExactly(10);
                });
        assertThat(rows).hasSize(10);
        rows.clear();
        TabularFile.read(f, name, 11, h -> {}, rows::add);
        assertThat(rows).hasSize(11);
    }

    /** The bounds do not refuse an ordinary large workbook: 50,000 participant rows written the way Excel would. */
    @Test
    void anOrdinaryLargeWorkbookPassesTheArchiveCheck() throws Exception {
        Path f = dir.resolve("biasa.xlsx");
        List<List<?>> data = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            data.add(List.of(
                    String.format("7209051206%06d", i),
                    "Peserta " + i,
                    "12/06/1990",
                    i % 2 == 0 ? "L" : "P",
                    "72.09.05.2001",
                    "Nelayan",
                    "APBDes",
                    2025L));
        }
        try (OutputStream out = Files.newOutputStream(f)) {
            Spreadsheet.write(
                    out, "Data", null, List.of("NIK", "Nama", "Lahir", "JK", "Desa", "Kerja", "Dana", "Tahun"), data);
        }
        AtomicLong count = new AtomicLong();
        TabularFile.read(f, "biasa.xlsx", h -> {}, line -> count.incrementAndGet());
        assertThat(count.get()).isEqualTo(50_000);
    }

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of("UTF-8 with BOM", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "UTF-8"),
                Arguments.of(
                        "UTF-16LE with BOM (Excel's Unicode text)", new byte[] {(byte) 0xFF, (byte) 0xFE}, "UTF-16LE"),
                Arguments.of("UTF-16BE with BOM", new byte[] {(byte) 0xFE, (byte) 0xFF}, "UTF-16BE"),
                Arguments.of("UTF-32LE with BOM", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, "UTF-32LE"),
                Arguments.of("UTF-32BE with BOM", new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, "UTF-32BE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void unicodeFilesAreReadByTheirByteOrderMark(String name, byte[] bom, String charset) throws Exception {
        Path f = dir.resolve("u.csv");
        String text = "NIK\tNama\tAlamat\n7209051206900001\tDésirée Lamadi\t\"Jl. Ampana\nRT 02\"\n";
        byte[] body = text.getBytes(Charset.forName(charset));
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        Files.write(f, bytes);
        List<List<String>> header = new ArrayList<>();
        var rows = read(f, header);
        assertThat(header.get(0)).containsExactly("NIK", "Nama", "Alamat");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(2);
            assertThat(r.cells()).containsExactly("7209051206900001", "Désirée Lamadi", "Jl. Ampana\nRT 02");
        });
    }

    @ParameterizedTest
    @CsvSource({"UTF-16LE", "UTF-16BE", "UTF-32LE"})
    void unicodeWithoutAByteOrderMarkIsRefused(String charset) throws Exception {
        Path f = dir.resolve("tanpa-bom.csv");
        Files.write(f, "NIK,Nama\n7209051206900001,Siti\n".getBytes(Charset.forName(charset)));
        assertThatThrownBy(() -> read(f, new ArrayList<>()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("import.error.encoding"));
    }

    @Test
    void aCsvThatStopsBeingUtf8IsRefusedAsAnEncodingProblem() throws Exception {
        Path f = dir.resolve("campur.csv");
        byte[] head = ("NIK,Nama\n" + "7209051206900001,Siti\n".repeat(4_000)).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 3);
        bytes[head.length] = (byte) 0x81; // not UTF-8, and unmapped in Windows-1252
        bytes[head.length + 1] = 'x';
        bytes[head.length + 2] = '\n';
        Files.write(f, bytes);
        assertThatThrownBy(() -> read(f, new ArrayList<>()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("import.error.encoding"));
    }

    @Test
    void quotedLineBreaksStayInOneRowAndRowsKeepTheirLineNumbers() throws Exception {
        Path f = dir.resolve("alamat.csv");
        Files.writeString(
                f,
                "NIK;Nama;Alamat\r\n7209051206900001;Siti;\"Dusun 2\r\nRT 01; RW 03\"\r\n7209051206900002;\"Budi \"\"Ucok\"\"\";Tojo\r\n");
        var rows = read(f, new ArrayList<>());
        assertThat(rows).extracting(TabularFile.Line::number).containsExactly(2, 4);
        assertThat(rows.get(0).cells()).containsExactly("7209051206900001", "Siti", "Dusun 2\r\nRT 01; RW 03");
        assertThat(rows.get(1).cells()).containsExactly("7209051206900002", "Budi \"Ucok\"", "Tojo");
    }
}
