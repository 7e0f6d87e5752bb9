package id.pesona;

import static org.assertj.core.api.Assertions.assertThat;

import id.pesona.support.IntegrationTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules.md} is generated from the rule rows the migrations seed (created by {@code sistem}), read from the
 * migrated database: every tariff, income band, contribution setting and benefit row with its legal basis, the rows a
 * later row replaces, and the readings still to confirm with the branch (konfirmasi). The test fails when the file
 * differs from the rows; {@code -Dpesona.rules.write=true} writes it.
 */
class RulesDocumentIT extends IntegrationTest {

    static final Path FILE = Path.of("docs", "rules.md");

    /** Readings to confirm that no row's text can carry (how a row is applied rather than what it says). */
    static final List<String> READINGS = List.of(
            "Besaran manfaat BPU (PP 82/2019) dicocokkan dengan peraturan terbaru (domain.md).",
            "PP 50/2025: apakah pekerja yang dibiayai APBDes termasuk \"APBD\" (dikecualikan dari diskon) belum pasti;"
                    + " baris diskon berlaku untuk sumber dana LAINNYA, admin menambah APBDES bila cabang"
                    + " mengonfirmasi.",
            "Permenaker 1/2025: rincian Rp10.000.000 (santunan/pemakaman) dan apakah \"bulan\" berarti bulan"
                    + " kepesertaan atau bulan yang dibayar; Pesona menghitung bulan kepesertaan sejak tanggal mulai"
                    + " kepesertaan (tanggal pendaftaran, atau bulan dibayar setelah kepesertaan baru).",
            "Masa tenggang: cabang berbeda apakah nonaktif pada bulan tunggakan ke-3 atau ke-4 (pengaturan"
                    + " grace_months).",
            "PU: JHT 5,7 % dan JP 3 % hanya bila desa mendaftarkan perangkatnya (per desa); denda keterlambatan"
                    + " PU 2 % sebulan belum dimodelkan.");

    @Test
    void theRulesDocumentListsEveryRuleRowWithItsLegalBasis() throws IOException {
        String expected = render();
        if (Boolean.getBoolean("pesona.rules.write")) {
            Files.writeString(FILE, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
                .as("docs/rules.md is out of date: run this test with -Dpesona.rules.write=true")
                .isEqualTo(expected);
    }

    String render() {
        List<String> confirm = new ArrayList<>();
        StringBuilder md = new StringBuilder();
        md.append("# Aturan iuran dan manfaat (rule rows)\n\n")
                .append("Dibuat dari baris aturan yang diisi migrasi Flyway (`created_by = 'sistem'`), dibaca dari")
                .append(" basis data setelah migrasi oleh `RulesDocumentIT`; jangan diedit tangan: jalankan\n")
                .append("`./mvnw verify -Dit.test=RulesDocumentIT -Dpesona.rules.write=true` setelah menambah")
                .append(" migrasi aturan. Baris tidak pernah diubah: baris yang lebih baru dengan jenis dan tanggal")
                .append(" mulai yang sama menggantikan yang lama (kolom *Diganti*). Baris yang dasar hukumnya memuat")
                .append(" \"konfirmasi\" adalah bacaan yang masih dikonfirmasi dengan cabang BPJS. Batas pelunasan")
                .append(" yang ditetapkan kabupaten (tabel `deadline`, mis. 19 Desember 2025) adalah data yang dicatat")
                .append(" pengguna, bukan baris aturan migrasi.\n\n");

        md.append("## Tarif iuran (`tariff_rule`, V20)\n\n")
                .append("| # | Program | Segmen | Bulan iuran | Besaran | Sumber dana | Dasar hukum | Diganti |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        var tariffs = jdbc.sql("""
                        select id, programme, segment, valid_from, valid_until, basis_points, flat_amount,
                               funding_sources, legal_basis
                        from tariff_rule where created_by = 'sistem' order by programme, segment, valid_from, id
                        """).query().listOfRows();
        for (Map<String, Object> r : tariffs) {
            Object replacedBy = tariffs.stream()
                    .filter(o -> o.get("programme").equals(r.get("programme"))
                            && o.get("segment").equals(r.get("segment"))
                            && date(o.get("valid_from")).equals(date(r.get("valid_from")))
                            && o.get("funding_sources").equals(r.get("funding_sources"))
                            && id(o) > id(r))
                    .map(o -> "#" + id(o))
                    .findFirst()
                    .orElse("");
            String until = r.get("valid_until") == null ? "" : " s.d. " + month(date(r.get("valid_until")));
            String amount = r.get("flat_amount") != null
                    ? rupiah(((Number) r.get("flat_amount")).longValue())
                    : percent(((Number) r.get("basis_points")).longValue());
            String sources = r.get("funding_sources").toString().isEmpty() ? "semua" : r.get("funding_sources") + "";
            md.append(row(
                    "#" + id(r),
                    r.get("programme"),
                    r.get("segment"),
                    "mulai " + month(date(r.get("valid_from"))) + until,
                    amount,
                    sources,
                    r.get("legal_basis"),
                    replacedBy));
            note(confirm, "Tarif #" + id(r), r.get("legal_basis"), replacedBy);
        }

        md.append("\n## Rentang penghasilan BPU (`income_band`, V35)\n\n")
                .append("Penghasilan yang dilaporkan dipetakan ke rentang yang memuatnya (tabel yang berlaku pada")
                .append(" bulan iuran atau tanggal kejadian); tabel mulai dari 0, jadi penghasilan di bawah rentang")
                .append(" terendah dibayar dan dijamin pada rentang terendah.\n\n")
                .append(
                        "| # | Segmen | Berlaku mulai | Penghasilan dilaporkan | Dibayar dan dijamin pada | Dasar hukum |\n")
                .append("|---|---|---|---|---|---|\n");
        for (Map<String, Object> r : jdbc.sql("""
                        select id, segment, valid_from, income_from, income_to, band_income, legal_basis
                        from income_band where created_by = 'sistem' order by segment, valid_from, income_from
                        """).query().listOfRows()) {
            long from = ((Number) r.get("income_from")).longValue();
            String range = r.get("income_to") == null
                    ? rupiah(from) + " ke atas"
                    : rupiah(from) + " – " + rupiah(((Number) r.get("income_to")).longValue());
            md.append(row(
                    "#" + id(r),
                    r.get("segment"),
                    day(date(r.get("valid_from"))),
                    range,
                    r.get("band_income") == null
                            ? "sebagaimana dilaporkan"
                            : rupiah(((Number) r.get("band_income")).longValue()),
                    r.get("legal_basis")));
            note(confirm, "Rentang #" + id(r), r.get("legal_basis"), "");
        }

        md.append("\n## Pengaturan status dan jatuh tempo (`contribution_setting`, V20)\n\n")
                .append("| # | Berlaku mulai | Masa tenggang | Jatuh tempo | Dasar hukum |\n")
                .append("|---|---|---|---|---|\n");
        for (Map<String, Object> r : jdbc.sql("""
                        select id, valid_from, grace_months, due_day, legal_basis
                        from contribution_setting where created_by = 'sistem' order by valid_from, id
                        """).query().listOfRows()) {
            md.append(row(
                    "#" + id(r),
                    day(date(r.get("valid_from"))),
                    r.get("grace_months") + " bulan",
                    "tanggal " + r.get("due_day"),
                    r.get("legal_basis")));
            note(confirm, "Pengaturan #" + id(r), r.get("legal_basis"), "");
        }

        md.append("\n## Jatuh tempo bulan iuran per segmen (`due_rule`, V36)\n\n")
                .append(
                        "Bulan iuran M jatuh tempo pada tanggal yang tertulis di bulan M + geser (hari kerja berikutnya")
                .append(" bila jatuh pada Sabtu/Minggu); status peserta (aplikasi dan hitungan SQL) memakai aturan")
                .append(" segmennya.\n\n")
                .append("| # | Segmen | Berlaku mulai | Jatuh tempo | Dasar hukum |\n")
                .append("|---|---|---|---|---|\n");
        for (Map<String, Object> r : jdbc.sql("""
                        select id, segment, valid_from, due_day, month_offset, legal_basis
                        from due_rule where created_by = 'sistem' order by segment, valid_from, id
                        """).query().listOfRows()) {
            int offset = ((Number) r.get("month_offset")).intValue();
            md.append(row(
                    "#" + id(r),
                    r.get("segment"),
                    day(date(r.get("valid_from"))),
                    "tanggal " + r.get("due_day") + (offset == 0 ? " bulan yang bersangkutan" : " bulan berikutnya"),
                    r.get("legal_basis")));
            note(confirm, "Jatuh tempo #" + id(r), r.get("legal_basis"), "");
        }

        md.append("\n## Manfaat, syarat dan batas waktu (`benefit_rule`, V40, V43, V44)\n\n")
                .append("| # | Jenis | Berlaku mulai | Nominal | × penghasilan | % penghasilan | Jumlah | Bulan |")
                .append(" Dasar hukum | Diganti |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n");
        var benefits = jdbc.sql("""
                        select id, code, valid_from, amount, income_multiple, basis_points, quantity, months,
                               legal_basis
                        from benefit_rule where created_by = 'sistem' order by code, valid_from, id
                        """).query().listOfRows();
        for (Map<String, Object> r : benefits) {
            Object replacedBy = benefits.stream()
                    .filter(o -> o.get("code").equals(r.get("code"))
                            && date(o.get("valid_from")).equals(date(r.get("valid_from")))
                            && id(o) > id(r))
                    .map(o -> "#" + id(o))
                    .findFirst()
                    .orElse("");
            md.append(row(
                    "#" + id(r),
                    "`" + r.get("code") + "`",
                    day(date(r.get("valid_from"))),
                    r.get("amount") == null ? "" : rupiah(((Number) r.get("amount")).longValue()),
                    r.get("income_multiple") == null ? "" : r.get("income_multiple") + " ×",
                    r.get("basis_points") == null ? "" : percent(((Number) r.get("basis_points")).longValue()),
                    r.get("quantity") == null ? "" : r.get("quantity"),
                    r.get("months") == null ? "" : r.get("months"),
                    r.get("legal_basis"),
                    replacedBy));
            note(confirm, "Manfaat #" + id(r) + " `" + r.get("code") + "`", r.get("legal_basis"), replacedBy);
        }

        md.append("\n## Masih dikonfirmasi dengan cabang (konfirmasi)\n\n");
        md.append("Baris yang berlaku (tidak diganti) yang dasar hukumnya menandai konfirmasi:\n\n");
        for (String c : confirm) {
            md.append("- ").append(c).append('\n');
        }
        md.append("\nBacaan penerapan yang tidak tertulis pada satu baris:\n\n");
        for (String c : READINGS) {
            md.append("- ").append(c).append('\n');
        }
        return md.toString();
    }

    /** A row still to confirm, unless a later row replaced it. */
    static void note(List<String> confirm, String what, Object basis, Object replacedBy) {
        if (replacedBy.toString().isEmpty()
                && basis.toString().toLowerCase(Locale.ROOT).contains("konfirmasi")) {
            confirm.add(what + ": " + basis);
        }
    }

    static String row(Object... cells) {
        StringBuilder s = new StringBuilder("|");
        for (Object c : cells) {
            s.append(' ').append(c.toString().replace("|", "\\|")).append(" |");
        }
        return s.append('\n').toString();
    }

    static long id(Map<String, Object> r) {
        return ((Number) r.get("id")).longValue();
    }

    static LocalDate date(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    static final String[] MONTHS = {
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember"
    };

    static String month(LocalDate d) {
        return MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    static String day(LocalDate d) {
        return d.getDayOfMonth() + " " + month(d);
    }

    static String rupiah(long amount) {
        return "Rp" + String.format(Locale.ROOT, "%,d", amount).replace(',', '.');
    }

    static String percent(long basisPoints) {
        return new BigDecimal(basisPoints)
                        .movePointLeft(2)
                        .stripTrailingZeros()
                        .toPlainString()
                        .replace('.', ',') + " %";
    }
}
