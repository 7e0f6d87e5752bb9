package id.pesona.card;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import id.pesona.access.TestAccounts;
import org.springframework.test.web.servlet.MockMvc;

/** Workers registered with BPJS through the registry's own pages (proposed, verified, registered), for card tests. */
final class CardFixtures {

    private static int serial = 7000;

    private CardFixtures() {}

    /** A worker of a village of Ampana Kota (72.09.05), registered with a KPJ: their card can be received. */
    static synchronized long registered(MockMvc mvc, TestAccounts accounts, String village, String name)
            throws Exception {
        int n = ++serial;
        String nik = "720905120690" + String.format("%04d", n);
        String url = mvc.perform(post("/peserta/baru")
                        .with(accounts.as("t.admin"))
                        .with(csrf())
                        .param("nik", nik)
                        .param("fullName", name)
                        .param("birthDate", "1990-06-12")
                        .param("sex", "L")
                        .param("village", village)
                        .param("occupation", "NELAYAN")
                        .param("declaredIncome", "1.000.000")
                        .param("fundingSource", "APBDES")
                        .param("programmeYear", "2025")
                        .param("declaredFit", "true"))
                .andExpect(redirectedUrlPattern("/peserta/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        mvc.perform(post("/peserta/" + id + "/verifikasi")
                .with(accounts.as("t.admin"))
                .with(csrf()));
        mvc.perform(post("/peserta/" + id + "/daftar")
                .with(accounts.as("t.bpjs"))
                .with(csrf())
                .param("kpj", "26" + String.format("%09d", n)));
        return id;
    }
}
