package id.pesona.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import id.pesona.support.Browser;
import id.pesona.support.BrowserTest;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The admin changes the signatory and uploads a logo through the letterhead form in Chromium (CSRF token, redirect,
 * flash message); a letter printed afterwards carries the new name, NIP and logo.
 */
class LetterheadBrowserIT extends BrowserTest {

    @Test
    void theAdminEditsTheSignatoryAndLogoAndTheNextLetterShowsThem() throws Exception {
        Path logo = Files.createTempFile("logo", ".png");
        BufferedImage img = new BufferedImage(160, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 160, 160);
        g.setColor(new Color(0xc0, 0x1c, 0x28));
        g.fillOval(10, 10, 140, 140);
        g.dispose();
        ImageIO.write(img, "png", logo.toFile());
        long payer = jdbc.sql("select id from payer where code = 'APBDES-7209072004'")
                .query(Long.class)
                .single();

        try (BrowserContext context = browser.context(1280)) {
            Page page = signIn(context, "t.admin");
            page.click("#home-letterhead");
            page.waitForURL("**/admin/kop-surat");
            assertThat(Browser.fitsWidth(page)).isTrue();

            // a bad NIP first: the form comes back with the field named, nothing saved
            page.fill("#signerNip", "12345");
            page.click("#letterhead-save");
            page.waitForSelector("#signerNip.is-invalid");
            assertThat(page.textContent("#signerNip ~ .invalid-feedback")).contains("NIP harus 18 angka");

            page.fill("#signerName", "Hj. Siti Rahma, S.Sos., M.Si.");
            page.fill("#signerRank", "Pembina Tingkat I (IV/b)");
            page.fill("#signerNip", "19800214 200501 2 003");
            page.setInputFiles("#logo", logo);
            page.click("#letterhead-save");
            page.waitForURL("**/admin/kop-surat");
            assertThat(page.textContent(".alert-success")).contains("disimpan sebagai versi baru");
            assertThat(page.textContent("#current-signer")).isEqualTo("Hj. Siti Rahma, S.Sos., M.Si.");
            assertThat(page.textContent("#current-nip")).isEqualTo("NIP 19800214 200501 2 003");
            assertThat(page.locator("#letterhead-current img").count()).isEqualTo(1);
            Browser.screenshot(page, "letterhead-admin-1280");

            // the next letter: the payer's statement, fetched with the admin's session
            byte[] pdf = context.request()
                    .get(url("/iuran/pembayar/" + payer + "/rekening.pdf"))
                    .body();
            Path file = Path.of("target", "screenshots", "letterhead-statement.pdf");
            Files.write(file, pdf);
            try (var doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertThat(text)
                        .contains("Hj. Siti Rahma, S.Sos., M.Si.")
                        .contains("Pembina Tingkat I (IV/b)")
                        .contains("NIP 19800214 200501 2 003")
                        .doesNotContain("(nama kepala dinas)");
                var resources = doc.getPage(0).getResources();
                long images = 0;
                for (var name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
                assertThat(images).as("the logo in the letterhead").isEqualTo(1);
            }
            // a picture of the first page, to look at the logo
            Process p = new ProcessBuilder(
                            "pdftoppm",
                            "-png",
                            "-r",
                            "60",
                            "-f",
                            "1",
                            "-l",
                            "1",
                            file.toString(),
                            Path.of("target", "screenshots", "letterhead-statement")
                                    .toString())
                    .redirectErrorStream(true)
                    .start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        try (BrowserContext context = browser.context(390)) {
            Page page = signIn(context, "t.admin");
            page.navigate(url("/admin/kop-surat"));
            assertThat(Browser.fitsWidth(page)).as("fits 390 px").isTrue();
            Browser.screenshot(page, "letterhead-admin-390");
        }
        try (BrowserContext context = browser.context(390)) {
            Page page = signIn(context, "t.desa");
            assertThat(page.navigate(url("/admin/kop-surat")).status()).isEqualTo(403);
        }
    }
}
