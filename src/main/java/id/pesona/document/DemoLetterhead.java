package id.pesona.document;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import javax.imageio.ImageIO;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile: a letterhead row with a sample signatory (name, rank, NIP) and a simple drawn emblem, so the demo's
 * letters look like the regency's and the admin screen has a version to start from.
 */
@Component
@Profile("demo")
@Order(15)
class DemoLetterhead implements ApplicationRunner {

    private final JdbcClient jdbc;

    DemoLetterhead(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from letterhead").query(Long.class).single() > 0) {
            return;
        }
        jdbc.sql("""
                        insert into letterhead (valid_from, government, agency, address, contact, city, signer_name,
                            signer_title, signer_nip, signer_rank, logo, logo_type, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'image/png', 'sistem', ?)
                        """)
                .params(
                        LocalDate.of(2024, 1, 1),
                        "PEMERINTAH KABUPATEN TOJO UNA-UNA",
                        "DINAS TENAGA KERJA DAN TRANSMIGRASI",
                        "Jl. Jenderal Sudirman, Ampana, Kabupaten Tojo Una-Una, Sulawesi Tengah",
                        "Telepon (0464) 000000 · surel disnakertrans@contoh.go.id (contoh)",
                        "Ampana",
                        "Drs. Nama Contoh, M.Si. (contoh)",
                        "Kepala Dinas Tenaga Kerja dan Transmigrasi",
                        "197001011995031001",
                        "Pembina Utama Muda (IV/c)",
                        emblem(),
                        OffsetDateTime.parse("2024-01-01T00:00:00Z"))
                .update();
    }

    /** A shield with a star: a stand-in for the regency's emblem, drawn so no image file ships with the code. */
    static byte[] emblem() {
        BufferedImage img = new BufferedImage(120, 140, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Polygon shield = new Polygon(new int[] {6, 114, 114, 60, 6}, new int[] {6, 6, 80, 134, 80}, 5);
            g.setColor(new Color(0x0b, 0x5a, 0x73));
            g.fillPolygon(shield);
            g.setColor(new Color(0xf2, 0xc1, 0x2e));
            g.setStroke(new BasicStroke(5));
            g.drawPolygon(shield);
            int[] xs = new int[10];
            int[] ys = new int[10];
            for (int i = 0; i < 10; i++) {
                double r = i % 2 == 0 ? 34 : 14;
                double a = Math.PI / 2 + i * Math.PI / 5;
                xs[i] = (int) Math.round(60 + r * Math.cos(a));
                ys[i] = (int) Math.round(58 - r * Math.sin(a));
            }
            g.fillPolygon(xs, ys, 10);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
