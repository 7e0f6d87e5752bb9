package id.pesona.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright for Java: no browser download (there is no network for it), the flags this
 * machine needs, and a screenshot helper writing to {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = System.getProperty("pesona.test.chromium", "/usr/bin/chromium");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    public Browser() {
        if (!Files.isExecutable(Paths.get(CHROMIUM))) {
            throw new IllegalStateException("Chromium not found at " + CHROMIUM
                    + ": install it with `apt-get update && apt-get install -y chromium` (see .ci/run)");
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get(CHROMIUM))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    /** A fresh context (own cookies) with a phone-sized (390 px) or desktop viewport. */
    public BrowserContext context(int width) {
        return browser.newContext(new NewContextOptions()
                .setViewportSize(width, width < 600 ? 844 : 900)
                .setLocale("id-ID"));
    }

    public static void screenshot(Page page, String name) {
        try {
            Path dir = Paths.get("target", "screenshots");
            Files.createDirectories(dir);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(dir.resolve(name + ".png"))
                    .setFullPage(true));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** True when nothing on the page is wider than the viewport (no sideways scrolling on a phone). */
    public static boolean fitsWidth(Page page) {
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        return Boolean.TRUE.equals(fits);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
