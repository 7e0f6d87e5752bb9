package id.pesona.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pesona.access.TestAccounts;
import id.pesona.support.IntegrationTest;
import id.pesona.support.XlsxText;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class ParticipantIT extends IntegrationTest {

    static final AtomicInteger SERIAL = new AtomicInteger(100);

    @Autowired
    TestAccounts accounts;

    /** A fresh valid NIK of kecamatan Ampana Kota for a man born 12 June 1990. */
    static String nik() {
        return "720905120690" + String.format("%04d", SERIAL.incrementAndGet());
    }

    /** A valid proposal form; {@code overrides} are field, value pairs that replace (or add) form fields. */
    static MockHttpServletRequestBuilder proposal(String nik, String village, String... overrides) {
        java.util.Map<String, String> f = new java.util.LinkedHashMap<>();
        f.put("nik", nik);
        f.put("fullName", "Hasan Lamadi");
        f.put("birthDate", "1990-06-12");
        f.put("sex", "L");
        f.put("village", village);
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

    long propose(String user, String nik, String village) throws Exception {
        String url = mvc.perform(proposal(nik, village).with(accounts.as(user)))
                .andExpect(redirectedUrlPattern("/peserta/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    String statusOf(long id) {
        return jdbc.sql("select status from participant where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    @Test
    void villageProposesDinasVerifiesBpjsRegistersAndEveryStepIsAudited() throws Exception {
        long id = propose("t.desa", nik(), "72.09.05.2001");
        assertThat(statusOf(id)).isEqualTo("DIUSULKAN");
        assertThat(jdbc.sql("select count(*) from heir where participant_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);

        mvc.perform(post("/peserta/" + id + "/verifikasi")
                        .with(accounts.as("t.bpjs"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/peserta/" + id + "/verifikasi")
                        .with(accounts.as("t.admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/peserta/" + id));
        assertThat(statusOf(id)).isEqualTo("DIVERIFIKASI");

        mvc.perform(post("/peserta/" + id + "/daftar")
                        .with(accounts.as("t.desa"))
                        .with(csrf())
                        .param("kpj", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/peserta/" + id + "/daftar")
                        .with(accounts.as("t.bpjs"))
                        .with(csrf())
                        .param("kpj", "2501 2345 678")
                        .param("registeredOn", "2025-12-01"))
                .andExpect(redirectedUrl("/peserta/" + id));
        assertThat(statusOf(id)).isEqualTo("TERDAFTAR");
        assertThat(jdbc.sql("select kpj from participant where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("25012345678");

        assertThat(jdbc.sql("select actor || ':' || action from audit_event where entity_type = 'PARTICIPANT'"
                                + " and entity_id = ? order by id")
                        .param(String.valueOf(id))
                        .query(String.class)
                        .list())
                .containsExactly("t.desa:CREATE", "t.admin:UPDATE", "t.bpjs:UPDATE");
        mvc.perform(get("/peserta/" + id).with(accounts.as("t.desa")))
                .andExpect(content().string(containsString("Terdaftar")))
                .andExpect(content().string(containsString("25*******78")))
                .andExpect(content().string(not(containsString("25012345678"))));
    }

    @Test
    void stepsOutOfOrderAreRefusedWithTheReason() throws Exception {
        long id = propose("t.desa", nik(), "72.09.05.2001");
        var refused = mvc.perform(post("/peserta/" + id + "/daftar")
                        .with(accounts.as("t.bpjs"))
                        .with(csrf())
                        .param("kpj", "25099999991"))
                .andExpect(redirectedUrl("/peserta/" + id))
                .andReturn();
        assertThat(statusOf(id)).isEqualTo("DIUSULKAN");
        // the status is named as the user reads it, not as the code stores it
        mvc.perform(get("/peserta/" + id).with(accounts.as("t.bpjs")).flashAttrs(refused.getFlashMap()))
                .andExpect(content().string(containsString("Tidak bisa dari status Diusulkan.")));
    }

    @Test
    void aKpjBelongsToOneParticipant() throws Exception {
        long a = propose("t.admin", nik(), "72.09.05.2001");
        long b = propose("t.admin", nik(), "72.09.05.2001");
        for (long id : new long[] {a, b}) {
            mvc.perform(post("/peserta/" + id + "/verifikasi")
                    .with(accounts.as("t.admin"))
                    .with(csrf()));
        }
        mvc.perform(post("/peserta/" + a + "/daftar")
                .with(accounts.as("t.bpjs"))
                .with(csrf())
                .param("kpj", "25011111111"));
        mvc.perform(post("/peserta/" + b + "/daftar")
                .with(accounts.as("t.bpjs"))
                .with(csrf())
                .param("kpj", "25011111111"));
        assertThat(statusOf(a)).isEqualTo("TERDAFTAR");
        assertThat(statusOf(b)).isEqualTo("DIVERIFIKASI");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "NIK too short       | nik       | 72090512069001   | NIK harus 16 angka.",
                "NIK impossible date | nik       | 7209053506900001 | tidak mungkin",
                "NIK serial 0000     | nik       | 7209051206900000 | tidak boleh 0000",
                "unknown province    | nik       | 9909051206900001 | Kode provinsi NIK (99) tidak dikenal.",
                "no name             | fullName  |                  | Nama lengkap wajib diisi.",
                "too young           | birthDate | 2015-06-12       | di luar batas kepesertaan (15–65 tahun)",
                "too old             | birthDate | 1950-06-12       | di luar batas kepesertaan (15–65 tahun)",
                "born in the future  | birthDate | 2026-06-12       | tidak boleh di masa depan",
                "no declaration      | declaredFit | false          | Centang pernyataan",
                "no income           | declaredIncome |             | Tulis Rupiah utuh",
                "decimal income      | declaredIncome | 1000000,50  | Tulis Rupiah utuh",
                "bad phone           | phone     | abc              | Nomor telepon hanya angka",
                "bad family card     | noKk      | 7209053201150001 | Bagian tanggal No. KK",
                "other funder unnamed| fundingSource | LAINNYA      | Nama penyandang dana wajib diisi",
                "heir without relation | heirs[0].relation |        | Pilih hubungan ahli waris."
            })
    void everyValidationRuleHasAClearMessage(String name, String field, String value, String message) throws Exception {
        long before =
                jdbc.sql("select count(*) from participant").query(Long.class).single();
        var request = proposal(
                        nik(),
                        "72.09.05.2001",
                        field,
                        value == null ? "" : value,
                        "confirmWarnings",
                        String.valueOf(field.equals("birthDate")))
                .with(accounts.as("t.desa"));
        mvc.perform(request).andExpect(status().isOk()).andExpect(content().string(containsString(message)));
        assertThat(jdbc.sql("select count(*) from participant")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void nikWarningsAreConfirmedNotRefused() throws Exception {
        String nik = nik();
        // a woman's NIK (day + 40) for a man born on another day
        String womansNik = nik.substring(0, 6) + "52" + nik.substring(8);
        mvc.perform(proposal(womansNik, "72.09.05.2001", "birthDate", "1990-06-13")
                        .with(accounts.as("t.desa")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tanggal lahir dalam NIK berbeda")))
                .andExpect(content().string(containsString("Jenis kelamin dalam NIK")));
        assertThat(jdbc.sql("select count(*) from participant where nik = ?")
                        .param(womansNik)
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(proposal(womansNik, "72.09.05.2001", "birthDate", "1990-06-13", "confirmWarnings", "true")
                        .with(accounts.as("t.desa")))
                .andExpect(redirectedUrlPattern("/peserta/*"));
        assertThat(jdbc.sql("select nik_warnings from participant where nik = ?")
                        .param(womansNik)
                        .query(String.class)
                        .single())
                .isEqualTo("BIRTH_DATE,SEX");
        // a NIK first issued in another kecamatan (people move) is a warning too
        String fromTojo = "720908120690" + String.format("%04d", SERIAL.incrementAndGet());
        mvc.perform(proposal(fromTojo, "72.09.05.2001").with(accounts.as("t.desa")))
                .andExpect(content().string(containsString("NIK diterbitkan di kecamatan lain")));
    }

    @Test
    void aNikIsActiveInOnePlaceOnlyUntilItsMembershipEnds() throws Exception {
        String nik = nik();
        long first = propose("t.desa", nik, "72.09.05.2001");
        mvc.perform(proposal(nik, "72.09.08.2001", "confirmWarnings", "true").with(accounts.as("t.lemoro")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "NIK ini sudah aktif sebagai peserta di Sansarino (72.09.05.2001), status Diusulkan")));
        // the refused duplicate is recorded for the data-quality panel, though the proposal saved nothing
        assertThat(jdbc.sql(
                                "select village_code || ':' || existing_village_code || ':' || source || ':' || recorded_by from duplicate_nik where nik = ?")
                        .param(nik)
                        .query(String.class)
                        .list())
                .containsExactly("7209082001:7209052001:USULAN:t.lemoro");
        mvc.perform(post("/peserta/" + first + "/berhenti")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("endReason", "PINDAH")
                        .param("endedOn", "2025-12-18"))
                .andExpect(redirectedUrl("/peserta/" + first));
        assertThat(statusOf(first)).isEqualTo("BERHENTI");
        mvc.perform(proposal(nik, "72.09.08.2001", "confirmWarnings", "true").with(accounts.as("t.lemoro")))
                .andExpect(redirectedUrlPattern("/peserta/*"));
    }

    @Test
    void quotaIsEnforcedWithTheNumbersShownAndAFreedSlotTakesAReplacement() throws Exception {
        mvc.perform(post("/peserta/kuota")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("region", "72.09.05.2018")
                        .param("year", "2025")
                        .param("quota", "2"))
                .andExpect(redirectedUrl("/peserta/kuota?tahun=2025"));
        long a = propose("t.admin", nik(), "72.09.05.2018");
        propose("t.admin", nik(), "72.09.05.2018");
        mvc.perform(proposal(nik(), "72.09.05.2018").with(accounts.as("t.admin")))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Kuota Saluaba tahun 2025 sudah penuh: 2 dari 2 terpakai.")));
        // a quota below the active participants is refused
        mvc.perform(post("/peserta/kuota")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("region", "72.09.05.2018")
                        .param("year", "2025")
                        .param("quota", "1"))
                .andExpect(content().string(containsString("Kuota 1 lebih kecil dari peserta aktif di Saluaba (2).")));
        // a member dies; the freed slot is filled by a replacement linked to them
        mvc.perform(post("/peserta/" + a + "/berhenti")
                .with(accounts.as("t.bpjs"))
                .with(csrf())
                .param("endReason", "MENINGGAL")
                .param("endedOn", "2025-12-10"));
        long replacement = Long.parseLong(mvc.perform(proposal(nik(), "72.09.05.2018", "replacesId", String.valueOf(a))
                        .with(accounts.as("t.admin")))
                .andExpect(redirectedUrlPattern("/peserta/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl()
                .replaceAll(".*/", ""));
        assertThat(jdbc.sql("select replaces_id from participant where id = ?")
                        .param(replacement)
                        .query(Long.class)
                        .single())
                .isEqualTo(a);
        mvc.perform(get("/peserta/kuota")
                        .param("wilayah", "72.09.05")
                        .param("tahun", "2025")
                        .with(accounts.as("t.camat")))
                .andExpect(content().string(containsString("Saluaba")));
        mvc.perform(get("/api/v1/quotas")
                        .param("region", "72.09.05.2018")
                        .param("year", "2025")
                        .with(accounts.as("t.camat")))
                .andExpect(jsonPath("$[0].quota").value(2))
                .andExpect(jsonPath("$[0].used").value(2))
                .andExpect(jsonPath("$[0].free").value(0));
    }

    @Test
    void anotherVillagesWorkersAreRefusedWith403AndAMissingIdIs404InPagesExportsAndTheApi() throws Exception {
        long id = propose("t.desa", nik(), "72.09.05.2001");
        // an existing worker outside the scope: 403, as the README promises for every scoped page
        mvc.perform(get("/peserta/" + id).with(accounts.as("t.lemoro"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/participants/" + id).with(accounts.as("t.lemoro")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/peserta/baru")
                        .param("menggantikan", String.valueOf(id))
                        .with(accounts.as("t.lemoro")))
                .andExpect(status().isForbidden());
        // an id that does not exist: 404
        mvc.perform(get("/peserta/999999999").with(accounts.as("t.lemoro"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/participants/999999999").with(accounts.as("t.lemoro")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/peserta/" + id).with(accounts.as("t.camat"))).andExpect(status().isOk());
        mvc.perform(get("/peserta").param("wilayah", "72.09.05.2001").with(accounts.as("t.lemoro")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/participants").param("region", "72.09.05.2001").with(accounts.as("t.lemoro")))
                .andExpect(status().isForbidden());
        byte[] xlsx = mvc.perform(get("/peserta/ekspor.xlsx").with(accounts.as("t.lemoro")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(XlsxText.of(xlsx)).doesNotContain("72.09.05.2001");
        // a village proposes only for itself
        mvc.perform(proposal(nik(), "72.09.05.2001").with(accounts.as("t.lemoro")))
                .andExpect(status().isForbidden());
        mvc.perform(proposal(nik(), "72.09.05.2001").with(accounts.as("t.camat")))
                .andExpect(status().isForbidden());
    }

    @Test
    void identifiersAreMaskedExceptForAdminAndBpjs() throws Exception {
        String nik = nik();
        propose("t.desa", nik, "72.09.05.2001");
        String masked = nik.substring(0, 4) + "********" + nik.substring(12);
        mvc.perform(get("/peserta").param("wilayah", "72.09.05.2001").with(accounts.as("t.desa")))
                .andExpect(content().string(containsString(masked)))
                .andExpect(content().string(not(containsString(nik))));
        mvc.perform(get("/peserta").param("wilayah", "72.09.05.2001").with(accounts.as("t.pimpinan")))
                .andExpect(content().string(containsString(masked)))
                .andExpect(content().string(not(containsString(nik))));
        mvc.perform(get("/peserta").param("q", nik).with(accounts.as("t.bpjs")))
                .andExpect(content().string(containsString(nik)));
        mvc.perform(get("/api/v1/participants").param("q", nik).with(accounts.as("t.camat")))
                .andExpect(jsonPath("$.items[0].nik").value(masked))
                .andExpect(jsonPath("$.items[0].birthDate").doesNotExist());
    }

    @Test
    void keysetPagesWalkTheListWithoutGapsOrRepeats() throws Exception {
        for (int i = 0; i < 5; i++) {
            propose("t.admin", nik(), "72.09.05.2011");
        }
        var first = mvc.perform(get("/api/v1/participants")
                        .param("region", "72.09.05.2011")
                        .param("size", "3")
                        .with(accounts.as("t.admin")))
                .andExpect(jsonPath("$.items.length()").value(3))
                .andReturn();
        long after = com.jayway.jsonpath.JsonPath.<Number>read(
                        first.getResponse().getContentAsString(), "$.nextAfter")
                .longValue();
        mvc.perform(get("/api/v1/participants")
                        .param("region", "72.09.05.2011")
                        .param("size", "3")
                        .param("after", String.valueOf(after))
                        .with(accounts.as("t.admin")))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].id").value(after + 1))
                .andExpect(jsonPath("$.nextAfter").doesNotExist());
    }

    @Test
    void exportNeutralisesFormulasAndIsAudited() throws Exception {
        mvc.perform(proposal(nik(), "72.09.05.2001", "fullName", "=HYPERLINK(\"x\")")
                        .with(accounts.as("t.desa")))
                .andExpect(redirectedUrlPattern("/peserta/*"));
        byte[] xlsx = mvc.perform(
                        get("/peserta/ekspor.xlsx").param("q", "hyperlink").with(accounts.as("t.desa")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(XlsxText.of(xlsx)).contains("&apos;=HYPERLINK").doesNotContain("<f>");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'EXPORT' and entity_type = 'PARTICIPANT'"
                                + " and actor = 't.desa'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(1L);
    }

    @Test
    void apiProposesAndExplainsRefusals() throws Exception {
        String body = """
                {"nik":"%s","fullName":"Rina Tahir","birthDate":"1990-06-12","sex":"L","village":"72.09.05.2001",
                 "occupation":"PEDAGANG_KECIL","declaredIncome":"1500000","fundingSource":"APBDES",
                 "programmeYear":2025,"declaredFit":true,"heirs":[]}
                """;
        mvc.perform(post("/api/v1/participants")
                        .with(accounts.as("t.desa"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(nik())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DIUSULKAN"));
        mvc.perform(post("/api/v1/participants")
                        .with(accounts.as("t.desa"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("tidak dapat dibaca")));
        mvc.perform(post("/api/v1/participants")
                        .with(accounts.as("t.desa"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("123")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("NIK harus 16 angka."))
                .andExpect(jsonPath("$.errors.nik").exists());
    }

    @Test
    void perangkatDesaArePuOnSiltapAndOutsideTheQuota() throws Exception {
        mvc.perform(proposal(nik(), "72.09.05.2001", "occupation", "PERANGKAT_DESA", "siltap", "2.426.640")
                        .with(accounts.as("t.desa")))
                .andExpect(redirectedUrlPattern("/peserta/*"));
        assertThat(jdbc.sql("select segment || ':' || siltap from participant where occupation = 'PERANGKAT_DESA'")
                        .query(String.class)
                        .list())
                .contains("PU:2426640");
        assertThat(LocalDate.of(2025, 12, 19)).isNotNull();
    }
}
