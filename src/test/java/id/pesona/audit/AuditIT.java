package id.pesona.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pesona.access.TestAccounts;
import id.pesona.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditIT extends IntegrationTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    AuditTrail trail;

    @Test
    void everyExportIsRecordedWithItsScopedContent() throws Exception {
        byte[] xlsx = mvc.perform(get("/wilayah/72.09.05/ekspor.xlsx").with(accounts.as("t.desa")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("wilayah-72.09.05.xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String sheet = id.pesona.support.XlsxText.of(xlsx);
        // a village user exporting its kecamatan gets only its own village
        assertThat(sheet).contains("Sansarino").doesNotContain("Padang Tumbuo").doesNotContain("Bailo");

        List<AuditEvent> events =
                trail.find(new AuditQuery("t.desa", AuditAction.EXPORT, "REGION", null, null, null, null, 10));
        assertThat(events).isNotEmpty();
        assertThat(events.get(0).summary()).contains("72.09.05").contains("1 baris");
        assertThat(events.get(0).after()).contains("72.09.05.2001");
    }

    @Test
    void adminPageFiltersTheTrailAndPagesWithHtmx() throws Exception {
        mvc.perform(get("/wilayah/72.09/ekspor.xlsx").with(accounts.as("t.pimpinan")))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/audit")
                        .param("actor", "t.pimpinan")
                        .param("action", "EXPORT")
                        .with(accounts.as("t.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ekspor daftar desa/kelurahan 72.09")))
                .andExpect(content().string(containsString("Jejak audit")));
        mvc.perform(get("/admin/audit")
                        .param("actor", "t.pimpinan")
                        .param("action", "LOCK")
                        .with(accounts.as("t.admin")))
                .andExpect(content().string(containsString("Tidak ada catatan yang cocok.")));
        // htmx asks for the rows fragment only
        mvc.perform(get("/admin/audit")
                        .param("actor", "t.pimpinan")
                        .header("HX-Request", "true")
                        .with(accounts.as("t.admin")))
                .andExpect(content().string(containsString("Ekspor daftar desa/kelurahan")))
                .andExpect(content().string(not(containsString("<nav"))));
    }

    @Test
    void keysetPaginationWalksBackwards() {
        List<AuditEvent> all = trail.find(new AuditQuery(null, null, null, null, null, null, null, 500));
        assertThat(all).isNotEmpty();
        if (all.size() >= 3) {
            List<AuditEvent> page1 = trail.find(new AuditQuery(null, null, null, null, null, null, null, 2));
            List<AuditEvent> page2 = trail.find(new AuditQuery(
                    null, null, null, null, null, null, page1.get(1).id(), 2));
            assertThat(page1)
                    .extracting(AuditEvent::id)
                    .containsExactly(all.get(0).id(), all.get(1).id());
            assertThat(page2.get(0).id()).isEqualTo(all.get(2).id());
        }
    }
}
