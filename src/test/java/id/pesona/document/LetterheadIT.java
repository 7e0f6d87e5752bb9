package id.pesona.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pesona.access.TestAccounts;
import id.pesona.support.IntegrationTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The letterhead screen: versions valid from a date, the PDF of a letter carrying the version in force on the letter's
 * date, validation of every field, and the admin alone. Dates in 2027, after anything other tests save.
 */
class LetterheadIT extends IntegrationTest {

    @Autowired
    TestAccounts accounts;

    static byte[] image(String format, int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        img.getGraphics().fillRect(2, 2, w / 2, h / 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    static MockMultipartHttpServletRequestBuilder form(Map<String, String> changes) {
        MockMultipartHttpServletRequestBuilder b = multipart("/admin/kop-surat");
        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of(
                "government", "PEMERINTAH KABUPATEN TOJO UNA-UNA",
                "agency", "DINAS TENAGA KERJA DAN TRANSMIGRASI",
                "address", "Jl. Jenderal Sudirman, Ampana",
                "contact", "Telepon (0464) 21000",
                "city", "Ampana",
                "signerName", "Nama Uji",
                "signerTitle", "Kepala Dinas Tenaga Kerja dan Transmigrasi",
                "signerNip", "197001011995031001",
                "signerRank", "Pembina (IV/a)",
                "validFrom", ""));
        fields.putAll(changes);
        fields.forEach(b::param);
        return b;
    }

    static MockMultipartFile logo(String name, byte[] bytes) {
        return new MockMultipartFile("logo", name, "image/png", bytes);
    }

    long rows() {
        return jdbc.sql("select count(*) from letterhead").query(Long.class).single();
    }

    String pdfText(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    int images(byte[] pdf) throws Exception {
        int n = 0;
        try (var doc = Loader.loadPDF(pdf)) {
            var resources = doc.getPage(0).getResources();
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject) {
                    n++;
                }
            }
        }
        return n;
    }

    byte[] get200(String url) throws Exception {
        return mvc.perform(get(url).with(accounts.as("t.admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    @Test
    void eachSaveIsAVersionAndEveryLetterCarriesTheOneInForceOnItsDate() throws Exception {
        long payer = jdbc.sql("select id from payer where code = 'APBDES-7209072003'")
                .query(Long.class)
                .single();
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into card_handover (village_code, handover_date, place, handed_by, created_by, created_at)
                        values ('7209072003', date '2027-02-10', 'Balai Desa Bambalo', 'Petugas Uji', 'uji', ?)
                        """).param(OffsetDateTime.parse("2027-02-10T01:00:00Z")).update(key, "id");
        long handoverId = key.getKeyAs(Number.class).longValue();

        // 10 January 2027: the first head, with a logo, valid from today (the default)
        clock.set(Instant.parse("2027-01-10T02:00:00Z"));
        mvc.perform(form(Map.of("signerName", "Dra. Kepala Pertama", "signerNip", "19700101 199503 1 001"))
                        .file(new MockMultipartFile("logo", "logo.png", "image/png", image("png", 120, 140)))
                        .with(accounts.as("t.admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/kop-surat"))
                .andExpect(flash().attribute("success", "letterhead.saved"));
        // 1 March 2027: a new head from today, and a third one announced for 1 May; the logo is kept
        clock.set(Instant.parse("2027-03-01T02:00:00Z"));
        mvc.perform(form(Map.of("signerName", "Ir. Kepala Kedua", "signerNip", "198002142005012003"))
                        .with(accounts.as("t.admin"))
                        .with(csrf()))
                .andExpect(flash().attribute("success", "letterhead.saved"));
        mvc.perform(form(Map.of(
                                "signerName",
                                "Kepala Ketiga",
                                "signerNip",
                                "197512312000121002",
                                "validFrom",
                                "2027-05-01"))
                        .with(accounts.as("t.admin"))
                        .with(csrf()))
                .andExpect(flash().attribute("success", "letterhead.saved"));

        // the statement of a payer as of a date: the signatory in force on that date
        String jan = pdfText(get200("/iuran/pembayar/" + payer + "/rekening.pdf?tanggal=2027-02-15"));
        assertThat(jan)
                .contains("Dra. Kepala Pertama")
                .contains("NIP 19700101 199503 1 001")
                .contains("Ampana, 15 Februari 2027");
        String mar = pdfText(get200("/iuran/pembayar/" + payer + "/rekening.pdf?tanggal=2027-03-05"));
        assertThat(mar)
                .contains("Ir. Kepala Kedua")
                .contains("NIP 19800214 200501 2 003")
                .doesNotContain("Pertama");
        String may = pdfText(get200("/admin/kop-surat/pratinjau.pdf?tanggal=2027-05-02"));
        assertThat(may).contains("Kepala Ketiga").contains("NIP 19751231 200012 1 002");
        // before the first version: whatever was in force then, not the new head
        String before = pdfText(get200("/admin/kop-surat/pratinjau.pdf?tanggal=2027-01-09"));
        assertThat(before).doesNotContain("Kepala Pertama").contains("PEMERINTAH KABUPATEN TOJO UNA-UNA");
        // the berita acara takes the hand-over date (10 February): the first head's logo is in it
        byte[] ba = get200("/kartu/serah-terima/" + handoverId + "/berita-acara.pdf");
        assertThat(pdfText(ba)).contains("Telepon (0464) 21000");
        assertThat(images(ba)).isEqualTo(1);
        assertThat(images(get200("/admin/kop-surat/pratinjau.pdf?tanggal=2027-03-05")))
                .isEqualTo(1);

        // the screen lists the versions, shows the one in force today, and the logo
        Document page = Jsoup.parse(new String(get200("/admin/kop-surat"), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.selectFirst("#current-signer").text()).isEqualTo("Ir. Kepala Kedua");
        assertThat(page.selectFirst("#current-nip").text()).isEqualTo("NIP 19800214 200501 2 003");
        assertThat(page.selectFirst("#signerName").val()).isEqualTo("Ir. Kepala Kedua");
        assertThat(page.select("#letterhead-versions li").text())
                .contains("Kepala Ketiga")
                .contains("Ir. Kepala Kedua")
                .contains("Dra. Kepala Pertama");
        String logoUrl = page.selectFirst("#letterhead-current img").attr("src");
        mvc.perform(get(logoUrl).with(accounts.as("t.admin")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentType("image/png"));

        // audited with before and after
        var audit = jdbc.sql("""
                        select before_value, after_value from audit_event where entity_type = 'LETTERHEAD'
                        and summary like ? order by id
                        """)
                .param("%Ir. Kepala Kedua%")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        assertThat(audit[0])
                .contains("Dra. Kepala Pertama")
                .contains("197001011995031001")
                .contains("image/png");
        assertThat(audit[1])
                .contains("Ir. Kepala Kedua")
                .contains("198002142005012003")
                .contains("image/png");
        // rows are only added
        assertThat(jdbc.sql("select count(*) from letterhead where signer_name = 'Dra. Kepala Pertama'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "12345",
                "1970010119950310011",
                "19700101199503100a",
                "197013011995031001",
                "197002301995031001",
                "197001011995131001",
                "197001011995033001",
                "197001011995031000",
                "197001011975031001"
            })
    void aBadNipIsRefusedNamingTheField(String nip) throws Exception {
        long before = rows();
        Document page = Jsoup.parse(mvc.perform(form(Map.of("signerNip", nip))
                        .with(accounts.as("t.admin"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.selectFirst("#signerNip").hasClass("is-invalid")).isTrue();
        assertThat(page.selectFirst("#signerNip ~ .invalid-feedback").text()).startsWith("NIP harus 18 angka");
        assertThat(page.selectFirst("#signerNip").val()).isEqualTo(nip);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void badImagesDatesAndBlankFieldsAreRefused() throws Exception {
        long before = rows();
        byte[] truncated = java.util.Arrays.copyOf(image("png", 200, 200), 60);
        byte[] big = new byte[Letterheads.MAX_LOGO_BYTES + 10];
        System.arraycopy(image("png", 40, 40), 0, big, 0, 100);
        // expected message → the upload
        var bad = java.util.List.of(
                Map.entry("Logo harus berkas gambar PNG atau JPEG", logo("logo.png", "bukan gambar".getBytes())),
                Map.entry("Logo harus berkas gambar PNG atau JPEG", logo("logo.gif", image("gif", 40, 40))),
                Map.entry("bukan gambar PNG/JPEG yang dapat dibaca", logo("logo.png", truncated)),
                Map.entry("antara 16 dan 4.000 piksel", logo("kecil.png", image("png", 8, 8))),
                Map.entry("Logo terlalu besar: paling besar 512 KB", logo("besar.png", big)));
        for (var e : bad) {
            Document page = Jsoup.parse(mvc.perform(form(Map.of())
                            .file(e.getValue())
                            .with(accounts.as("t.admin"))
                            .with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            assertThat(page.selectFirst("#logo").hasClass("is-invalid"))
                    .as(e.getKey())
                    .isTrue();
            assertThat(page.selectFirst("#logo ~ .invalid-feedback").text())
                    .as(e.getValue().getOriginalFilename())
                    .contains(e.getKey());
        }
        Document page = Jsoup.parse(mvc.perform(form(Map.of(
                                "validFrom",
                                LocalDate.now(clock).minusDays(1).toString(),
                                "signerName",
                                " ",
                                "government",
                                "",
                                "city",
                                "x".repeat(61)))
                        .with(accounts.as("t.admin"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.selectFirst("#validFrom ~ .invalid-feedback").text()).contains("tidak boleh sebelum hari ini");
        assertThat(page.selectFirst("#signerName ~ .invalid-feedback").text())
                .isEqualTo("Nama penanda tangan wajib diisi.");
        assertThat(page.selectFirst("#government ~ .invalid-feedback").text())
                .isEqualTo("Nama pemerintah daerah wajib diisi.");
        assertThat(page.selectFirst("#city ~ .invalid-feedback").text()).contains("paling banyak 60 karakter");
        for (String date : new String[] {
            "kemarin", "2027-02-30", LocalDate.now(clock).plusYears(2).toString()
        }) {
            mvc.perform(form(Map.of("validFrom", date))
                            .with(accounts.as("t.admin"))
                            .with(csrf()))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(get("/admin/kop-surat/pratinjau.pdf")
                        .param("tanggal", "besok")
                        .with(accounts.as("t.admin")))
                .andExpect(status().isBadRequest());
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void onlyTheAdminReachesTheScreen() throws Exception {
        for (String user : new String[] {"t.pimpinan", "t.bpjs", "t.camat", "t.desa"}) {
            mvc.perform(get("/admin/kop-surat").with(accounts.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/kop-surat/pratinjau.pdf").with(accounts.as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/admin/kop-surat/1/logo").with(accounts.as(user))).andExpect(status().isForbidden());
            mvc.perform(form(Map.of("signerName", "Penyusup"))
                            .with(accounts.as(user))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/kop-surat"))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isIn(302, 401));
        // the admin's own form without a CSRF token is refused too
        mvc.perform(form(Map.of("signerName", "Tanpa Token")).with(accounts.as("t.admin")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from letterhead where signer_name in ('Penyusup', 'Tanpa Token')")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
