package id.pesona.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import id.pesona.access.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of the browser journeys: one Chromium per test class, the app on its random port, real sign-ins. */
public abstract class BrowserTest extends IntegrationTest {

    protected static Browser browser;

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestAccounts accounts;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in through the login form and waits for the home page. */
    protected Page signIn(BrowserContext context, String username) {
        accounts.ensure(username);
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", TestAccounts.PASSWORD);
        page.click("main button[type=submit]");
        page.waitForURL(url("/"));
        return page;
    }
}
