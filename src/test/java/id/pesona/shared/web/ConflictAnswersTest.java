package id.pesona.shared.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import id.pesona.shared.ConflictException;
import id.pesona.shared.TenantProperties;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * How a conflict is answered wherever it comes from: a use case's {@link ConflictException}, or a unique index or lock
 * that refused a simultaneous write no use case translated. The API answers 409 problem+json in Indonesian, a page the
 * error page with the sentence; an integrity error that is no unique key stays a server error.
 */
class ConflictAnswersTest {

    @RestController
    static class Api {

        @PostMapping("/api/v1/uji/konflik")
        void conflict() {
            throw new ConflictException("reference", "payment.error.reference.known", "TRF-9", "Desa Uji");
        }

        @PostMapping("/api/v1/uji/indeks")
        void duplicate() {
            throw new DuplicateKeyException("duplicate key value violates unique constraint \"payment_reference\"");
        }

        @PostMapping("/api/v1/uji/kunci")
        void lock() {
            throw new CannotAcquireLockException("Timeout trying to lock table");
        }

        @PostMapping("/api/v1/uji/kosong")
        void notNull() {
            throw new DataIntegrityViolationException("NULL not allowed for column \"amount\"");
        }
    }

    @Controller
    static class Page {

        @PostMapping("/uji/indeks")
        String duplicate() {
            throw new DuplicateKeyException("duplicate key value violates unique constraint \"bill_once\"");
        }
    }

    static final java.util.Locale ID = java.util.Locale.forLanguageTag("id");

    final MockMvc mvc;

    ConflictAnswersTest() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "i18n/contribution");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        LayoutModel layout = new LayoutModel(new TenantProperties("72.09", "Kabupaten Uji", "Asia/Makassar"));
        var locales = new org.springframework.web.servlet.i18n.FixedLocaleResolver(ID);
        mvc = MockMvcBuilders.standaloneSetup(new Api(), new Page())
                .setControllerAdvice(new WebErrors(
                        new ErrorReplies(messages, locales, layout),
                        org.springframework.util.unit.DataSize.ofMegabytes(200),
                        org.springframework.util.unit.DataSize.ofMegabytes(200)))
                .build();
    }

    @Test
    void aConflictOfAUseCaseIs409WithTheSentenceAndTheField() throws Exception {
        mvc.perform(post("/api/v1/uji/konflik")
                        .accept(MediaType.APPLICATION_JSON)
                        .locale(ID))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.title").value("Bentrok dengan data yang ada"))
                .andExpect(jsonPath("$.detail")
                        .value("Pembayaran dengan referensi TRF-9 sudah tercatat untuk Desa Uji; pembayaran yang sama"
                                + " tidak dicatat dua kali."))
                .andExpect(jsonPath("$.errors.reference").exists());
    }

    @Test
    void aUniqueIndexOrALockNoUseCaseTranslatedIsStillA409InIndonesian() throws Exception {
        mvc.perform(post("/api/v1/uji/indeks")
                        .accept(MediaType.APPLICATION_JSON)
                        .locale(ID))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.startsWith(
                                "Data yang sama baru saja disimpan oleh permintaan lain")))
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("payment_reference"))));
        mvc.perform(post("/api/v1/uji/kunci").accept(MediaType.APPLICATION_JSON).locale(ID))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.startsWith("Data ini sedang diubah oleh permintaan lain")));
        mvc.perform(post("/uji/indeks").locale(ID))
                .andExpect(status().isConflict())
                .andExpect(view().name("error"))
                .andExpect(model().attribute(
                                "errorText",
                                org.hamcrest.Matchers.startsWith(
                                        "Data yang sama baru saja disimpan oleh permintaan lain")))
                .andExpect(model().attributeExists("errorTitle", "tenantName"));
    }

    @Test
    void anIntegrityErrorThatIsNoUniqueKeyIsNotCalledAConflict() {
        assertThatThrownBy(() -> mvc.perform(post("/api/v1/uji/kosong")
                        .accept(MediaType.APPLICATION_JSON)
                        .locale(ID)))
                .hasRootCauseInstanceOf(DataIntegrityViolationException.class);
    }
}
