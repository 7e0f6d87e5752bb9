package id.pesona.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Billing runs for tests, through the API as the admin. The run bills months only next to the months already billed
 * (no gaps), and every test shares one database, so which months are billed depends on the tests that ran before:
 * before billing the months a test asks for, this bills the months between them and the months already billed.
 */
public final class Billing {

    private Billing() {}

    public static void months(MockMvc mvc, RequestPostProcessor admin, String... months) {
        try {
            String schedule = mvc.perform(get("/api/v1/billing-runs/schedule").with(admin))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            // nulls are left out of the JSON: nothing billed yet
            var json = JsonPath.using(Configuration.defaultConfiguration().addOptions(Option.DEFAULT_PATH_LEAF_TO_NULL))
                    .parse(schedule);
            YearMonth first = month(json.read("$.firstBilled"));
            YearMonth last = month(json.read("$.lastBilled"));
            for (YearMonth m :
                    Arrays.stream(months).map(YearMonth::parse).sorted().toList()) {
                if (first == null) {
                    run(mvc, admin, m);
                    first = m;
                    last = m;
                } else if (m.isAfter(last)) {
                    for (YearMonth g = last.plusMonths(1); !g.isAfter(m); g = g.plusMonths(1)) {
                        run(mvc, admin, g);
                    }
                    last = m;
                } else if (m.isBefore(first)) {
                    for (YearMonth g = first.minusMonths(1); !g.isBefore(m); g = g.minusMonths(1)) {
                        run(mvc, admin, g);
                    }
                    first = m;
                } else {
                    run(mvc, admin, m);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A month as the pages write it in Indonesian ({@code Januari 2026}), written independently of the app. */
    public static String monthName(YearMonth m) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag("id-ID"))
                .format(m);
    }

    private static YearMonth month(Object text) {
        return text == null ? null : YearMonth.parse(text.toString());
    }

    private static void run(MockMvc mvc, RequestPostProcessor admin, YearMonth month) throws Exception {
        mvc.perform(post("/api/v1/billing-runs")
                        .with(admin)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"month\":\"" + month + "\"}"))
                .andExpect(status().isOk());
    }
}
