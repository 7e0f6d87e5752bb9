package id.pesona.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pesona.access.TestAccounts;
import id.pesona.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;

/** While the start-up work runs (readiness refusing traffic) every page says so with a 503; once ready, all pass. */
class StartupGateIT extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    TestAccounts accounts;

    @Test
    void theTestProfileIsReadyAndNotGated() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("sedang disiapkan"))));
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void untilReadyEveryPageAnswersTheWaitingPageAndTheProbeIsOutOfService() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            mvc.perform(get("/login"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "5"))
                    .andExpect(header().string("Refresh", "5"))
                    .andExpect(header().string("Cache-Control", "no-store"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                    .andExpect(content().string(containsString("Pesona sedang disiapkan…")))
                    .andExpect(content().string(containsString("setiap 5 detik")))
                    // the page frame of the app: brand, stylesheet, footer with the tenant
                    .andExpect(content().string(containsString("/css/app.css")))
                    .andExpect(content().string(containsString("Dinas Tenaga Kerja dan Transmigrasi Kabupaten")))
                    .andExpect(content().string(not(containsString("Masuk"))));
            mvc.perform(get("/login").param("lang", "en"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().string(containsString("Pesona is starting…")));
            // signed in or not, pages and the API wait too
            mvc.perform(get("/peserta").with(accounts.as("t.admin")))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().string(containsString("Pesona sedang disiapkan…")));
            mvc.perform(get("/api/v1/me").with(accounts.as("t.admin")))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "5"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(503))
                    .andExpect(jsonPath("$.title").value("Pesona sedang disiapkan…"));
            // what the waiting page loads, and the probes, pass
            mvc.perform(get("/css/app.css")).andExpect(status().isOk());
            mvc.perform(get("/img/favicon.svg")).andExpect(status().isOk());
            mvc.perform(get("/actuator/health/readiness"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.status").value("OUT_OF_SERVICE"));
            mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(accounts.as("t.admin"))).andExpect(status().isOk());
    }
}
