package id.pesona.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pesona.access.TestAccounts;
import id.pesona.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 13, items 4 and 6: the inputs that answered 500 (an amount that overflows, month 1900-01, date 0001-01-01, a
 * region typed as a URI template) now get 400 with an Indonesian sentence naming the field and the allowed range, and a
 * text longer than its column is refused naming the field and the limit in the form, the API and the import, where it
 * used to be cut silently. Nothing is stored.
 */
class InputLimitsIT extends IntegrationTest {

    static final AtomicInteger SERIAL = new AtomicInteger(700);

    @Autowired
    TestAccounts accounts;

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    long payerId(String code) {
        return jdbc.sql("select id from payer where code = ?")
                .param(code)
                .query(Long.class)
                .single();
    }

    static String nik() {
        return "720905120690" + String.format("%04d", SERIAL.incrementAndGet());
    }

    @Test
    void anAmountThatOverflowsALongIsARefusedRowNotA500() throws Exception {
        long payments = count("payment");
        String csv = "TANGGAL;PEMBAYAR;JUMLAH;REFERENSI\n"
                + "18/12/2025;APBDES-7209052001;9.223.372.036.854.775.807;OVF-1\n"
                + "18/12/2025;APBDES-7209052001;100.000.000.001;OVF-2\n"
                + "18/12/2025;APBDES-7209052001;99.223.372.036.854.775.807;OVF-3\n";
        var file = new MockMultipartFile("file", "overflow.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/payments/imports")
                        .file(file)
                        .with(accounts.as("t.bpjs"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(false))
                .andExpect(jsonPath("$.rejected").value(3))
                .andExpect(jsonPath("$.results[0].row").value(2))
                .andExpect(jsonPath("$.results[0].field").value("amount"));
        // as the officer reads it on the page
        mvc.perform(multipart("/iuran/pembayaran/impor")
                        .file(file)
                        .with(accounts.as("t.admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Jumlah bayar: jumlah harus antara Rp1 dan Rp100.000.000.000.")));
        assertThat(count("payment")).isEqualTo(payments);
    }

    @Test
    void aPaymentTypedWithAnAmountOrDateOutOfRangeIsRefusedOnItsField() throws Exception {
        long payments = count("payment");
        long payer = payerId("APBDES-7209052001");
        mvc.perform(post("/api/v1/payments")
                        .with(accounts.as("t.bpjs"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"payerId\":%d,\"paidOn\":\"2025-12-18\",\"amount\":\"9.223.372.036.854.775.807\","
                                        .formatted(payer)
                                + "\"reference\":\"OVF-API\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Jumlah bayar: jumlah harus antara Rp1 dan Rp100.000.000.000."))
                .andExpect(jsonPath("$.errors.amount").exists());
        mvc.perform(post("/api/v1/payments")
                        .with(accounts.as("t.bpjs"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"payerId\":%d,\"paidOn\":\"1900-01-01\",\"amount\":\"16.800\",\"reference\":\"OLD\"}"
                                        .formatted(payer)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail")
                        .value("Tanggal bayar: tanggal harus antara 1 Januari 2014 dan 19 Desember 2025."));
        // the form shows it on the page, with the field marked
        mvc.perform(post("/iuran/pembayaran")
                        .with(accounts.as("t.bpjs"))
                        .with(csrf())
                        .param("payerId", String.valueOf(payer))
                        .param("paidOn", "0001-01-01")
                        .param("amount", "16.800")
                        .param("reference", "OLD-FORM"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tanggal bayar: tanggal harus antara 1 Januari 2014")));
        assertThat(count("payment")).isEqualTo(payments);
    }

    @Test
    void aBillingRunForMonth1900IsRefusedNamingTheMonthRange() throws Exception {
        long bills = count("bill");
        mvc.perform(post("/api/v1/billing-runs")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"month\":\"1900-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.detail").value("Bulan: bulan harus antara 2014-01 dan 2035-12 (format TTTT-BB)."))
                .andExpect(jsonPath("$.errors.month").exists());
        mvc.perform(get("/api/v1/bills").param("month", "0001-01").with(accounts.as("t.admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Bulan: bulan harus antara 2014-01")));
        assertThat(count("bill")).isEqualTo(bills);
    }

    @ParameterizedTest(name = "{0}?{1}={2}")
    @CsvSource({
        "/api/v1/forecast, date, 0001-01-01, 'Tanggal: tanggal harus antara 1 Januari 2014 dan 19 Desember 2035.'",
        "/api/v1/forecast, date, 9999-12-31, 'Tanggal: tanggal harus antara 1 Januari 2014 dan 19 Desember 2035.'",
        "/api/v1/payments, from, 1000-01-01, 'Tanggal awal: tanggal harus antara 1 Januari 2014'",
        "/api/v1/payments, limit, 0, 'Jumlah baris: angka harus antara 1 dan 5000.'",
        "/api/v1/payments, limit, 2147483647, 'Jumlah baris: angka harus antara 1 dan 5000.'",
        "/api/v1/participants, size, -5, 'Jumlah baris: angka harus antara 1 dan 500.'",
        "/api/v1/quotas?region=72.09.05, year, 1900, 'Tahun: angka harus antara 2014 dan 2035.'",
        "/api/v1/claims, to, 0001-01-01, 'Tanggal akhir: tanggal harus antara 1 Januari 2014'",
        "/api/v1/monitoring/coverage, date, 0001-01-01, 'Tanggal: tanggal harus antara 1 Januari 2014'"
    })
    void everyDateMonthAndCountParameterOfTheApiIsRanged(String path, String name, String value, String message)
            throws Exception {
        mvc.perform(get(path).param(name, value).with(accounts.as("t.admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString(message)))
                .andExpect(jsonPath("$.errors." + name).exists());
    }

    @ParameterizedTest(name = "{0}?{1}={2}")
    @CsvSource({
        "/monev, tanggal, 0001-01-01, 'Tanggal: tanggal harus antara 1 Januari 2014'",
        "/admin/audit, from, 1900-01-01, 'Tanggal awal: tanggal harus antara 1 Januari 2014'",
        "/peserta/kuota, tahun, 99999, 'Tahun: angka harus antara 2014 dan 2035.'"
    })
    void pagesNameTheRangeOfTheirParametersToo(String path, String name, String value, String message)
            throws Exception {
        mvc.perform(get(path).param(name, value).with(accounts.as("t.admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(message)));
    }

    @Test
    void aRegionTypedAsAUriTemplateIsRedirectedEncodedNotExpanded() throws Exception {
        mvc.perform(post("/kartu/diterima")
                        .with(accounts.as("t.bpjs"))
                        .with(csrf())
                        .param("wilayah", "{x}"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/kartu?wilayah=%7Bx%7D"));
        mvc.perform(post("/kartu/diterima")
                        .with(accounts.as("t.bpjs"))
                        .with(csrf())
                        .param("wilayah", "72.09 & x=1#y"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/kartu?wilayah=72.09%20%26%20x%3D1%23y"));
    }

    @Test
    void aTooLongWitnessOfACardHandOverIsRefusedNamingTheFieldNotStored() throws Exception {
        long handovers = count("card_handover");
        var flash = mvc.perform(post("/kartu/serah-terima")
                        .with(accounts.as("t.bpjs"))
                        .with(csrf())
                        .param("wilayah", "72.09.05.2001")
                        .param("ids", "1")
                        .param("place", "Balai Desa")
                        .param("handedBy", "Petugas")
                        .param("witness", "w".repeat(121)))
                .andExpect(redirectedUrl("/kartu?wilayah=72.09.05.2001"))
                .andReturn()
                .getFlashMap();
        mvc.perform(get("/kartu")
                        .param("wilayah", "72.09.05.2001")
                        .flashAttrs(flash)
                        .with(accounts.as("t.bpjs")))
                .andExpect(content().string(containsString("Saksi terlalu panjang (maksimal 120 karakter).")));
        assertThat(count("card_handover")).isEqualTo(handovers);
    }

    @Test
    void tooLongClaimTextsAreRefusedNamingTheFieldNotStored() throws Exception {
        long worker = id.pesona.claim.ClaimFixtures.worker(
                jdbc, "7209052001", "Pekerja Uji Klaim", java.time.LocalDate.of(2025, 10, 1));
        long heir = id.pesona.claim.ClaimFixtures.heirOf(jdbc, worker);
        long claims = count("claim");
        String jkm = """
                {"participantId": %d, "type": "JKM", "incidentDate": "2025-12-10", "cause": "%s",
                 "reporterName": "%s", "reporterPhone": "0812 4455 6677", "heirIds": [%d]}
                """;
        id.pesona.claim.ClaimFixtures.postJson(
                        mvc,
                        accounts,
                        "t.desa",
                        "/api/v1/claims",
                        jkm.formatted(worker, "s".repeat(301), "Kades", heir))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Sebab meninggal terlalu panjang (maksimal 300 karakter)."));
        id.pesona.claim.ClaimFixtures.postJson(
                        mvc,
                        accounts,
                        "t.desa",
                        "/api/v1/claims",
                        jkm.formatted(worker, "Sakit", "K".repeat(121), heir))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Nama pelapor terlalu panjang (maksimal 120 karakter)."));
        assertThat(count("claim")).isEqualTo(claims);
    }

    static MockHttpServletRequestBuilder proposal(String... overrides) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("nik", nik());
        f.put("fullName", "Hasan Lamadi");
        f.put("birthDate", "1990-06-12");
        f.put("sex", "L");
        f.put("village", "72.09.05.2001");
        f.put("occupation", "NELAYAN");
        f.put("declaredIncome", "1.000.000");
        f.put("fundingSource", "APBDES");
        f.put("programmeYear", "2025");
        f.put("declaredFit", "true");
        f.put("heirs[0].fullName", "Siti Lamadi");
        f.put("heirs[0].relation", "ISTRI");
        for (int i = 0; i < overrides.length; i += 2) {
            f.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder b = post("/peserta/baru").with(csrf());
        f.forEach(b::param);
        return b;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "address     | 100000 | Alamat terlalu panjang (maksimal 300 karakter).",
                "address     | 301    | Alamat terlalu panjang (maksimal 300 karakter).",
                "birthPlace  | 81     | Tempat lahir terlalu panjang (maksimal 80 karakter).",
                "fundingName | 121    | Nama penyandang dana terlalu panjang (maksimal 120 karakter).",
                "phone       | 21     | Telepon terlalu panjang (maksimal 20 karakter).",
                "fullName    | 121    | Nama lengkap terlalu panjang (maksimal 120 karakter).",
                "heirs[0].fullName | 121 | Ahli waris terlalu panjang (maksimal 120 karakter).",
                "heirs[0].phone | 21 | Telepon ahli waris terlalu panjang (maksimal 20 karakter)."
            })
    void aTooLongTextInTheProposalFormIsRefusedNamingTheFieldAndTheLimit(String field, int length, String message)
            throws Exception {
        long participants = count("participant");
        long heirs = count("heir");
        String value = field.endsWith("phone") ? "0".repeat(length) : "a".repeat(length);
        mvc.perform(proposal(field, value).with(accounts.as("t.desa")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)));
        assertThat(count("participant")).isEqualTo(participants);
        assertThat(count("heir")).isEqualTo(heirs);
    }

    @Test
    void aTooLongAddressThroughTheApiIsRefusedNotCut() throws Exception {
        long participants = count("participant");
        String body = """
                {"nik":"%s","fullName":"Rina Tahir","birthDate":"1990-06-12","sex":"L","village":"72.09.05.2001",
                 "occupation":"PEDAGANG_KECIL","declaredIncome":"1500000","fundingSource":"APBDES",
                 "programmeYear":2025,"declaredFit":true,"heirs":[],"address":"%s"}
                """;
        mvc.perform(post("/api/v1/participants")
                        .with(accounts.as("t.desa"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(nik(), "x".repeat(100_000))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Alamat terlalu panjang (maksimal 300 karakter)."))
                .andExpect(jsonPath("$.errors.address").exists());
        mvc.perform(post("/api/v1/participants")
                        .with(accounts.as("t.desa"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(nik(), "x").replace("\"Rina Tahir\"", "\"" + "R".repeat(121) + "\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Nama lengkap terlalu panjang (maksimal 120 karakter)."));
        assertThat(count("participant")).isEqualTo(participants);
    }

    @Test
    void aTooLongCellInAnImportIsARowErrorWithTheColumnAndTheLimit() throws Exception {
        long participants = count("participant");
        String header = "NIK;Nama Lengkap;Tempat Lahir;Tanggal Lahir;Jenis Kelamin;Alamat;Kode Desa;Pekerjaan;Telepon;"
                + "Penghasilan;Sumber Dana;Nama Penyandang Dana;Tahun Program;Pernyataan Bekerja dan Sehat\n";
        String ok = ";Hasan;Ampana;12/06/1990;L;Dusun 1;72.09.05.2001;Nelayan;081234567890;1.000.000;APBDes;;2025;YA\n";
        String csv = header
                + nik()
                + ok.replace(";Dusun 1;", ";" + "d".repeat(301) + ";")
                + nik()
                + ok.replace(";Ampana;", ";" + "a".repeat(81) + ";")
                + nik()
                + ok.replace(";081234567890;", ";" + "0".repeat(21) + ";")
                + nik()
                + ok.replace(";APBDes;;", ";Lainnya;" + "f".repeat(121) + ";");
        var file = new MockMultipartFile("file", "panjang.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        String location = mvc.perform(multipart("/api/v1/participants/imports")
                        .file(file)
                        .param("mode", "HANYA_VALID")
                        .with(accounts.as("t.desa"))
                        .with(csrf()))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String state = "MENUNGGU";
        for (int i = 0; i < 300 && (state.equals("MENUNGGU") || state.equals("BERJALAN")); i++) {
            Thread.sleep(100);
            state = jdbc.sql("select status from import_batch where id = ?")
                    .param(id)
                    .query(String.class)
                    .single();
        }
        mvc.perform(get(location + "/errors").with(accounts.as("t.desa")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].row").value(2))
                .andExpect(jsonPath("$[0].field").value("address"))
                .andExpect(jsonPath("$[0].message").value("Alamat terlalu panjang (maksimal 300 karakter)."))
                .andExpect(jsonPath("$[1].row").value(3))
                .andExpect(jsonPath("$[1].message").value("Tempat lahir terlalu panjang (maksimal 80 karakter)."))
                .andExpect(jsonPath("$[2].row").value(4))
                .andExpect(jsonPath("$[2].message").value("Telepon terlalu panjang (maksimal 20 karakter)."))
                .andExpect(jsonPath("$[3].row").value(5))
                .andExpect(jsonPath("$[3].message")
                        .value("Nama penyandang dana terlalu panjang (maksimal 120 karakter)."));
        assertThat(count("participant")).isEqualTo(participants);
    }

    @Test
    void aTooLongNoteOrReferenceInAPaymentFileNamesTheRowAndTheLimit() throws Exception {
        long payments = count("payment");
        String csv = "TANGGAL;PEMBAYAR;JUMLAH;REFERENSI;KETERANGAN\n"
                + "18/12/2025;APBDES-7209052001;16.800;LONG-1;" + "k".repeat(301) + "\n"
                + "18/12/2025;APBDES-7209052001;16.800;" + "R".repeat(81) + ";\n";
        var file = new MockMultipartFile("file", "panjang.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/iuran/pembayaran/impor")
                        .file(file)
                        .with(accounts.as("t.bpjs"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Keterangan terlalu panjang (maksimal 300 karakter).")))
                .andExpect(content().string(containsString("Referensi terlalu panjang (maksimal 80 karakter).")));
        assertThat(count("payment")).isEqualTo(payments);
    }
}
