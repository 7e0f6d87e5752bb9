package id.pesona.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pesona.access.TestAccounts;
import id.pesona.shared.RegionCode;
import id.pesona.support.IntegrationTest;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

class ContributionRulesIT extends IntegrationTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    ContributionRules rules;

    @Autowired
    Payers payers;

    @AfterEach
    void removeAddedRows() {
        jdbc.sql("delete from tariff_rule where created_by <> 'sistem'").update();
        jdbc.sql("delete from contribution_setting where created_by <> 'sistem'")
                .update();
        jdbc.sql("delete from payer where code like 'UJI-%'").update();
    }

    @Test
    void defaultTariffsPriceTheUsualPackage() {
        Tariffs t = rules.tariffs();
        assertThat(t.total(List.of("JKK", "JKM"), "BPU", YearMonth.of(2025, 12), "APBDES", 1_000_000))
                .isEqualTo(16_800);
        // PP 50/2025 applies to other funders from April 2026; APBDes waits for the branch's confirmation
        assertThat(t.total(List.of("JKK", "JKM"), "BPU", YearMonth.of(2026, 4), "LAINNYA", 1_000_000))
                .isEqualTo(8_400);
        assertThat(t.total(List.of("JKK", "JKM"), "BPU", YearMonth.of(2026, 4), "APBDES", 1_000_000))
                .isEqualTo(16_800);
        assertThat(t.rules()).allSatisfy(r -> assertThat(r.legalBasis()).isNotBlank());
        assertThat(rules.settingToday().graceMonths()).isEqualTo(3);
        assertThat(rules.settingToday().dueDay()).isEqualTo(15);
    }

    @Test
    void rulesPageShowsThePackageAndTheLegalBasis() throws Exception {
        mvc.perform(get("/iuran/aturan").with(accounts.as("t.camat")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rp16.800")))
                .andExpect(content().string(containsString("Desember 2025")))
                .andExpect(content().string(containsString("PP 50/2025")))
                .andExpect(content().string(containsString("masa tenggang 3 bulan")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Tambah tarif"))));
        var page = org.jsoup.Jsoup.parse(mvc.perform(get("/iuran/aturan").with(accounts.as("t.camat")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#due-rules tbody tr").eachText())
                .anySatisfy(r -> assertThat(r).startsWith("BPU").contains("tanggal 15 bulan yang bersangkutan"))
                .anySatisfy(r -> assertThat(r)
                        .startsWith("PU")
                        .contains("tanggal 15 bulan berikutnya")
                        .contains("Perdir BPJS Ketenagakerjaan 22/PERDIR.02/072022"));
    }

    @Test
    void adminSwitchesThePp50DiscountOnForVillageBudgetsByAddingRows() throws Exception {
        for (String[] row : new String[][] {{"JKK", "RATE", "0,5"}, {"JKM", "FLAT", "3.400"}}) {
            mvc.perform(post("/iuran/aturan/tarif")
                            .with(accounts.as("t.admin"))
                            .with(csrf())
                            .param("programme", row[0])
                            .param("segment", "BPU")
                            .param("validFrom", "2026-04")
                            .param("validUntil", "2026-12")
                            .param("kind", row[1])
                            .param("value", row[2])
                            .param("fundingSources", "APBDES", "LAINNYA")
                            .param("legalBasis", "PP 50/2025; konfirmasi BPJS Cabang Poso"))
                    .andExpect(redirectedUrl("/iuran/aturan"));
        }
        Tariffs t = rules.tariffs();
        assertThat(t.total(List.of("JKK", "JKM"), "BPU", YearMonth.of(2026, 4), "APBDES", 1_000_000))
                .isEqualTo(8_400);
        assertThat(t.total(List.of("JKK", "JKM"), "BPU", YearMonth.of(2026, 4), "APBD_KABUPATEN", 1_000_000))
                .isEqualTo(16_800);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'TARIFF' and actor = 't.admin'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(2L);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "bad rate      | RATE | 0,245 | 2026-04 | PP 1 | Persen &quot;0,245&quot; tidak sah",
                "decimal money | FLAT | 6,5   | 2026-04 | PP 1 | Nominal &quot;6,5&quot; tidak sah",
                "no month      | FLAT | 6.800 |         | PP 1 | Bulan mulai berlaku wajib diisi.",
                "no basis      | FLAT | 6.800 | 2026-04 |      | Dasar hukum wajib diisi"
            })
    void refusesBadTariffsWithAClearMessage(
            String name, String kind, String value, String from, String basis, String message) throws Exception {
        long before =
                jdbc.sql("select count(*) from tariff_rule").query(Long.class).single();
        mvc.perform(post("/iuran/aturan/tarif")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("programme", "JKM")
                        .param("segment", "BPU")
                        .param("validFrom", from == null ? "" : from)
                        .param("kind", kind)
                        .param("value", value)
                        .param("legalBasis", basis == null ? "" : basis))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)));
        assertThat(jdbc.sql("select count(*) from tariff_rule")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource({"t.bpjs", "t.pimpinan", "t.camat", "t.desa"})
    void onlyAdminChangesRules(String user) throws Exception {
        mvc.perform(post("/iuran/aturan/tarif")
                        .with(accounts.as(user))
                        .with(csrf())
                        .param("programme", "JKM"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/iuran/aturan/pengaturan").with(accounts.as(user)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    /**
     * Admins adding tariffs and settings at once, 12 threads: each row's audit entry names the row it inserted (the
     * id comes from the generated key, not from "the highest id" read back, which another admin's row can be).
     */
    @Test
    void rowsAddedAtOnceAreEachAuditedUnderTheirOwnId() throws Exception {
        int threads = 12;
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            var posts = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                posts.add(pool.submit(() -> {
                    start.await();
                    int ok = 0;
                    for (int k = 0; k < 3; k++) {
                        ok += mvc.perform(post("/iuran/aturan/tarif")
                                                        .with(accounts.as("t.admin"))
                                                        .with(csrf())
                                                        .param("programme", "JKM")
                                                        .param("segment", "BPU")
                                                        .param("validFrom", "2030-01")
                                                        .param("kind", "FLAT")
                                                        .param("value", "6.800")
                                                        .param("legalBasis", "Uji kunci T" + n + "-" + k))
                                                .andReturn()
                                                .getResponse()
                                                .getStatus()
                                        == 302
                                ? 1
                                : 0;
                        ok += mvc.perform(post("/iuran/aturan/pengaturan")
                                                        .with(accounts.as("t.admin"))
                                                        .with(csrf())
                                                        .param("validFrom", "2030-01-01")
                                                        .param("graceMonths", "3")
                                                        .param("dueDay", "15")
                                                        .param("legalBasis", "Uji kunci S" + n + "-" + k))
                                                .andReturn()
                                                .getResponse()
                                                .getStatus()
                                        == 302
                                ? 1
                                : 0;
                    }
                    return ok;
                }));
            }
            start.countDown();
            for (var p : posts) {
                assertThat(p.get(120, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(6);
            }
        } finally {
            pool.shutdownNow();
        }
        for (String[] kind :
                new String[][] {{"TARIFF", "tariff_rule", "T"}, {"CONTRIBUTION_SETTING", "contribution_setting", "S"}
                }) {
            var audits = jdbc.sql("select entity_id, after_value from audit_event where entity_type = ?"
                            + " and after_value like ?")
                    .params(kind[0], "%Uji kunci " + kind[2] + "%")
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                    .list();
            assertThat(audits).as(kind[0]).hasSize(threads * 3);
            assertThat(audits.stream().map(a -> a[0]).distinct().count())
                    .as(kind[0])
                    .isEqualTo(threads * 3L);
            for (String[] a : audits) {
                String basis = jdbc.sql("select legal_basis from " + kind[1] + " where id = ?")
                        .param(Long.parseLong(a[0]))
                        .query(String.class)
                        .single();
                assertThat(a[1]).as(kind[0] + " #" + a[0]).contains(basis);
            }
        }
    }

    @Test
    void aNewSettingTakesEffectFromItsDate() throws Exception {
        mvc.perform(post("/iuran/aturan/pengaturan")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("validFrom", "2026-01-01")
                        .param("graceMonths", "2")
                        .param("dueDay", "10")
                        .param("legalBasis", "Kebijakan cabang: nonaktif pada bulan ke-3"))
                .andExpect(redirectedUrl("/iuran/aturan"));
        assertThat(rules.settingOn(java.time.LocalDate.of(2025, 12, 31)).graceMonths())
                .isEqualTo(3);
        assertThat(rules.settingOn(java.time.LocalDate.of(2026, 1, 1)).graceMonths())
                .isEqualTo(2);
        mvc.perform(post("/iuran/aturan/pengaturan")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("validFrom", "2026-01-01")
                        .param("graceMonths", "13")
                        .param("dueDay", "10")
                        .param("legalBasis", "x"))
                .andExpect(content().string(containsString("Masa tenggang 0 sampai 12 bulan.")));
    }

    @Test
    void everyVillageHasAPayerAccountAndOpeningThemAgainChangesNothing() {
        assertThat(jdbc.sql("select count(*) from payer where funding_source = 'APBDES' and region_code like '7209%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(134L);
        assertThat(jdbc.sql("select count(*) from payer where funding_source = 'APBD_KABUPATEN'")
                        .query(Long.class)
                        .single())
                .isEqualTo(12L);
        assertThat(payers.openVillageAccounts(RegionCode.parse("72.09"))).isZero();
    }

    @Test
    void payersAreScoped() throws Exception {
        mvc.perform(get("/iuran/pembayar").with(accounts.as("t.desa")))
                .andExpect(content().string(containsString("Pemerintah Desa Sansarino")))
                .andExpect(content().string(containsString("1 pembayar")));
        mvc.perform(get("/iuran/pembayar").with(accounts.as("t.camat")))
                .andExpect(content().string(containsString("10 pembayar")));
        mvc.perform(get("/api/v1/payers").with(accounts.as("t.lurah")).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].fundingSource").value("APBD_KABUPATEN"))
                .andExpect(jsonPath("$[0].bpjsGroup").value("SA"));
    }

    @Test
    void adminAddsAnotherFunder() throws Exception {
        mvc.perform(post("/iuran/pembayar")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("code", "uji-prov")
                        .param("name", "Pemerintah Provinsi Sulawesi Tengah")
                        .param("fundingSource", "APBD_PROVINSI")
                        .param("region", "72.09"))
                .andExpect(redirectedUrl("/iuran/pembayar"));
        mvc.perform(post("/iuran/pembayar")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("code", "UJI-PROV")
                        .param("name", "Dobel")
                        .param("fundingSource", "APBD_PROVINSI")
                        .param("region", "72.09"))
                .andExpect(content().string(containsString("Kode pembayar UJI-PROV sudah dipakai.")));
    }
}
