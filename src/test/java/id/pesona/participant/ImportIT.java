package id.pesona.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pesona.access.TestAccounts;
import id.pesona.support.IntegrationTest;
import id.pesona.support.XlsxText;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

class ImportIT extends IntegrationTest {

    static final AtomicInteger SERIAL = new AtomicInteger(5000);
    static final String HEADER = "NIK,Nama Lengkap,Tanggal Lahir,Jenis Kelamin,Kode Desa,Pekerjaan,Penghasilan,"
            + "Sumber Dana,Tahun Program,Pernyataan Bekerja dan Sehat,Ahli Waris Nama,Ahli Waris Hubungan";

    @Autowired
    TestAccounts accounts;

    @Autowired
    ParticipantImports imports;

    /** A valid NIK of kecamatan Tojo for a woman born 3 May 1988. */
    static String nik() {
        return "720908430588" + String.format("%04d", SERIAL.incrementAndGet());
    }

    static String row(String nik, String name) {
        return nik + "," + name + ",03/05/1988,P,72.09.08.2001,Petani,1.000.000,APBDes,2025,YA,Usman,SUAMI";
    }

    ParticipantImports.Batch upload(String user, String fileName, byte[] bytes, String mode) throws Exception {
        String location = mvc.perform(multipart("/peserta/impor")
                        .file(new MockMultipartFile("file", fileName, "application/octet-stream", bytes))
                        .param("mode", mode)
                        .with(accounts.as(user))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        for (int i = 0; i < 200; i++) {
            String s = jdbc.sql("select status from import_batch where id = ?")
                    .param(id)
                    .query(String.class)
                    .single();
            if (!s.equals("MENUNGGU") && !s.equals("BERJALAN")) {
                break;
            }
            Thread.sleep(100);
        }
        return jdbc.sql("select id, file_name, mode, status, processed, created, updated, unchanged, rejected, message,"
                        + " created_by from import_batch where id = ?")
                .param(id)
                .query((rs, n) -> new ParticipantImports.Batch(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getInt(9),
                        rs.getString(10),
                        rs.getString(11),
                        null,
                        null))
                .single();
    }

    static byte[] csv(Charset charset, String... rows) {
        return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(charset);
    }

    List<String> errors(long batch) {
        return jdbc.sql("select row_no || ': ' || message from import_error where batch_id = ? order by row_no")
                .param(batch)
                .query(String.class)
                .list();
    }

    @Test
    void reUploadingTheSameFileChangesNothingAndAChangedRowUpdates() throws Exception {
        String a = nik();
        String b = nik();
        byte[] file = csv(StandardCharsets.UTF_8, row(a, "Masni Labaso"), row(b, "Hartati Tolangi"));
        var first = upload("t.lemoro", "peserta.csv", file, "HANYA_VALID");
        assertThat(first.status()).isEqualTo("SELESAI");
        assertThat(first.created()).isEqualTo(2);
        var again = upload("t.lemoro", "peserta.csv", file, "HANYA_VALID");
        assertThat(errors(again.id())).isEmpty();
        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).as(again.toString()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from participant where nik in (?, ?)")
                        .params(a, b)
                        .query(Long.class)
                        .single())
                .isEqualTo(2L);
        var changed = upload(
                "t.lemoro",
                "peserta.csv",
                csv(StandardCharsets.UTF_8, row(a, "Masni Labaso"), row(b, "Hartati Tolangi Umar")),
                "HANYA_VALID");
        assertThat(changed.updated()).isEqualTo(1);
        assertThat(changed.unchanged()).isEqualTo(1);
        assertThat(jdbc.sql("select full_name from participant where nik = ?")
                        .param(b)
                        .query(String.class)
                        .single())
                .isEqualTo("Hartati Tolangi Umar");
    }

    @Test
    void readsWindows1252AndSemicolons() throws Exception {
        String n = nik();
        String line = row(n, "Désirée Lamadi").replace(',', ';');
        byte[] file = (HEADER.replace(',', ';') + "\r\n" + line + "\r\n").getBytes(Charset.forName("windows-1252"));
        var b = upload("t.lemoro", "excel-windows.csv", file, "SEMUA_ATAU_TIDAK");
        assertThat(b.status()).isEqualTo("SELESAI");
        assertThat(jdbc.sql("select full_name from participant where nik = ?")
                        .param(n)
                        .query(String.class)
                        .single())
                .isEqualTo("Désirée Lamadi");
    }

    @Test
    void readsXlsxWithNumbersAndDatesAsExcelStoresThem() throws Exception {
        String n = nik();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("Peserta");
        String[] headers = HEADER.split(",");
        for (int c = 0; c < headers.length; c++) {
            ws.value(0, c, headers[c]);
        }
        ws.value(1, 0, Long.parseLong(n)); // typed as a number
        ws.value(1, 1, "Ramlah Tanggo");
        ws.value(1, 2, LocalDate.of(1988, 5, 3));
        ws.style(1, 2).format("dd/mm/yyyy").set();
        ws.value(1, 3, "Perempuan");
        ws.value(1, 4, "72.09.08.2001");
        ws.value(1, 5, "Pedagang kecil");
        ws.value(1, 6, 1500000);
        ws.value(1, 7, "APBDes");
        ws.value(1, 8, 2025);
        ws.value(1, 9, "Ya");
        // a blank row, then a row with a bad date: its number is the file's own row 4
        ws.value(3, 0, nik());
        ws.value(3, 1, "Tanggal Salah");
        ws.value(3, 2, "31/02/1988");
        ws.value(3, 3, "P");
        ws.value(3, 4, "72.09.08.2001");
        ws.value(3, 5, "Petani");
        ws.value(3, 6, "1.000.000");
        ws.value(3, 7, "APBDes");
        ws.value(3, 8, 2025);
        ws.value(3, 9, "YA");
        wb.finish();
        var b = upload("t.lemoro", "peserta.xlsx", out.toByteArray(), "HANYA_VALID");
        assertThat(b.status()).isEqualTo("SELESAI");
        assertThat(b.created()).isEqualTo(1);
        assertThat(b.rejected()).isEqualTo(1);
        assertThat(errors(b.id()))
                .containsExactly(
                        "4: Tanggal \"31/02/1988\" tidak dapat dibaca; tulis seperti 12/06/1990 atau 1990-06-12.");
        assertThat(jdbc.sql(
                                "select occupation || ':' || declared_income || ':' || birth_date from participant where nik = ?")
                        .param(n)
                        .query(String.class)
                        .single())
                .isEqualTo("PEDAGANG_KECIL:1500000:1988-05-03");
    }

    @Test
    void allOrNothingSavesNothingWhenARowIsWrongAndReportsEveryRow() throws Exception {
        String good = nik();
        String dup = nik();
        byte[] file = csv(
                StandardCharsets.UTF_8,
                row(good, "Baris Benar"),
                row(dup, "Pertama"),
                "",
                row(dup, "Kedua Sama"),
                row("123", "NIK Pendek"));
        var b = upload("t.lemoro", "campur.csv", file, "SEMUA_ATAU_TIDAK");
        assertThat(b.status()).isEqualTo("DIBATALKAN");
        assertThat(b.created()).isZero();
        assertThat(b.rejected()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from participant where nik in (?, ?)")
                        .params(good, dup)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(errors(b.id()))
                .containsExactly("5: NIK ini sudah ada di baris 3 berkas yang sama.", "6: NIK harus 16 angka.");
        // the repeat stays recorded as a duplicate caught, though the batch rolled back
        assertThat(jdbc.sql("select source from duplicate_nik where nik = ?")
                        .param(dup)
                        .query(String.class)
                        .list())
                .containsExactly("BERKAS");
        // the same file, valid rows only: the good ones are kept
        var v = upload("t.lemoro", "campur.csv", file, "HANYA_VALID");
        assertThat(v.status()).isEqualTo("SELESAI");
        assertThat(v.created()).isEqualTo(2);
        assertThat(v.rejected()).isEqualTo(2);
        byte[] report = mvc.perform(
                        get("/peserta/impor/" + v.id() + "/galat.xlsx").with(accounts.as("t.lemoro")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(XlsxText.of(report)).contains("NIK harus 16 angka.").contains("Baris");
    }

    @Test
    void malformedFilesAreRefusedWithAClearMessage() throws Exception {
        var wrongHeaders =
                upload("t.lemoro", "salah.csv", "Nomor,Nama\n1,Budi\n".getBytes(StandardCharsets.UTF_8), "HANYA_VALID");
        assertThat(wrongHeaders.status()).isEqualTo("GAGAL");
        assertThat(wrongHeaders.message())
                .contains("Kolom wajib tidak ditemukan")
                .contains("NIK")
                .contains("Kode Desa");

        var pdf = upload(
                "t.lemoro", "peserta.xlsx", "%PDF-1.4 bukan excel".getBytes(StandardCharsets.UTF_8), "HANYA_VALID");
        assertThat(pdf.status()).isEqualTo("GAGAL");
        assertThat(pdf.message()).contains("bukan lembar kerja Excel");

        var zipNotWorkbook = upload("t.lemoro", "arsip.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0}, "HANYA_VALID");
        assertThat(zipNotWorkbook.status()).isEqualTo("GAGAL");

        mvc.perform(multipart("/peserta/impor")
                        .file(new MockMultipartFile("file", "kosong.csv", "text/csv", new byte[0]))
                        .param("mode", "HANYA_VALID")
                        .with(accounts.as("t.lemoro"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Berkas kosong")));
    }

    @Test
    void aVillageImportsOnlyForItself() throws Exception {
        String n = nik();
        var b = upload("t.desa", "tojo.csv", csv(StandardCharsets.UTF_8, row(n, "Bukan Warga")), "HANYA_VALID");
        assertThat(b.rejected()).isEqualTo(1);
        assertThat(errors(b.id())).containsExactly("2: Desa/kelurahan di luar cakupan akun Anda.");
        mvc.perform(multipart("/peserta/impor")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", csv(StandardCharsets.UTF_8)))
                        .param("mode", "HANYA_VALID")
                        .with(accounts.as("t.camat"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        // another user's import is refused
        mvc.perform(get("/peserta/impor/" + b.id()).with(accounts.as("t.lemoro")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theTemplateHasTheIndonesianHeadersAndTheProgressPageShowsTheCounts() throws Exception {
        byte[] template = mvc.perform(get("/peserta/impor/templat.xlsx").with(accounts.as("t.desa")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(XlsxText.of(template))
                .contains("NIK", "Nama Lengkap", "Tanggal Lahir", "Kode Desa", "Pernyataan Bekerja dan Sehat");
        var b = upload("t.lemoro", "satu.csv", csv(StandardCharsets.UTF_8, row(nik(), "Satu Saja")), "HANYA_VALID");
        mvc.perform(get("/peserta/impor/" + b.id()).with(accounts.as("t.lemoro")))
                .andExpect(content().string(containsString("Selesai")))
                .andExpect(content().string(containsString("id=\"created\">1<")));
    }

    @Test
    void theApiStartsAnImportAndReportsItsRows() throws Exception {
        String location = mvc.perform(multipart("/api/v1/participants/imports")
                        .file(new MockMultipartFile(
                                "file",
                                "api.csv",
                                "text/csv",
                                csv(StandardCharsets.UTF_8, row(nik(), "Lewat API"), row("1", "Salah"))))
                        .param("mode", "HANYA_VALID")
                        .with(accounts.as("t.lemoro"))
                        .with(csrf()))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        for (int i = 0;
                i < 100
                        && !jdbc.sql("select status from import_batch where id = ?")
                                .param(id)
                                .query(String.class)
                                .single()
                                .equals("SELESAI");
                i++) {
            Thread.sleep(100);
        }
        mvc.perform(get(location).with(accounts.as("t.lemoro")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.created")
                        .value(1))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.rejected")
                        .value(1));
        mvc.perform(get(location + "/errors").with(accounts.as("t.lemoro")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[0].row")
                        .value(3))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[0].message")
                        .value("NIK harus 16 angka."));
    }
}
