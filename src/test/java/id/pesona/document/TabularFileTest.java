package id.pesona.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pesona.shared.InvalidInputException;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
