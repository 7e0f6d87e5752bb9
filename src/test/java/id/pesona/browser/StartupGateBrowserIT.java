package id.pesona.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import id.pesona.support.Browser;
import id.pesona.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;

/** The waiting page of a start in progress, on a phone and on a desk, and how it opens by itself once ready. */
class StartupGateBrowserIT extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theWaitingPageFitsAndReloadsItselfIntoTheLoginOnceReady() {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            for (int width : new int[] {390, 1280}) {
                try (BrowserContext c = browser.context(width)) {
                    Page page = c.newPage();
                    var response = page.navigate(url("/login"));
                    assertThat(response.status()).isEqualTo(503);
                    assertThat(page.textContent("#preparing-title")).isEqualTo("Pesona sedang disiapkan…");
                    // styled like the app: the stylesheets load while the gate is closed
                    assertThat(page.evaluate("getComputedStyle(document.querySelector('nav')).backgroundColor"))
                            .isNotEqualTo("rgba(0, 0, 0, 0)");
                    assertThat(Browser.fitsWidth(page))
                            .as("waiting page fits %d px", width)
                            .isTrue();
                    Browser.screenshot(page, "startup-preparing-" + width);
                }
            }
            try (BrowserContext c = browser.context(390)) {
                Page page = c.newPage();
                page.navigate(url("/login"));
                assertThat(page.textContent("#preparing-title")).contains("disiapkan");
                AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
                // no click: the page refreshes itself (Refresh header) and shows the sign-in form
                page.waitForSelector("#username", new Page.WaitForSelectorOptions().setTimeout(15_000));
                assertThat(page.url()).isEqualTo(url("/login"));
            }
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
    }
}
