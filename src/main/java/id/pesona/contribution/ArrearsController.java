package id.pesona.contribution;

import id.pesona.audit.AuditTrail;
import id.pesona.document.PdfDocuments;
import id.pesona.document.Spreadsheet;
import id.pesona.region.Region;
import id.pesona.region.Regions;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.Formats;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.Limits;
import id.pesona.shared.RegionCode;
import id.pesona.shared.TenantProperties;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Arrears (tunggakan) per payer, per kecamatan and for the regency; a payer's account with its statement and warning
 * letter; a participant's status on a date; and the forecast of who lapses by a date if nothing more is paid.
 */
@Controller
class ArrearsController {

    /** Arrears summed over the payers of one kecamatan (or the regency). */
    public record Total(
            RegionCode region,
            String name,
            long payers,
            long inArrears,
            long outstanding,
            Map<Aging.Bucket, Long> buckets,
            long menunggak,
            long nonaktif) {

        static Total of(RegionCode region, String name, List<Coverage.PayerArrears> rows) {
            Map<Aging.Bucket, Long> b = new EnumMap<>(Aging.Bucket.class);
            for (Aging.Bucket k : Aging.Bucket.values()) {
                b.put(k, 0L);
            }
            long out = 0;
            long owing = 0;
            long mn = 0;
            long na = 0;
            for (Coverage.PayerArrears a : rows) {
                out += a.outstanding();
                owing += a.overdue() > 0 ? 1 : 0;
                mn += a.participantsMenunggak();
                na += a.participantsNonaktif();
                a.buckets().forEach((k, v) -> b.merge(k, v, Long::sum));
            }
            return new Total(region, name, rows.size(), owing, out, b, mn, na);
        }

        /** Billed, unpaid and not due yet: not arrears. */
        public long notDue() {
            return buckets.getOrDefault(Aging.Bucket.BELUM_JATUH_TEMPO, 0L);
        }

        /** Unpaid past the due date: the arrears proper. */
        public long overdue() {
            return outstanding - notDue();
        }
    }

    private final PayerAccounts accounts;
    private final CoverageService coverage;
    private final Forecasts forecasts;
    private final Deadlines deadlines;
    private final Regions regions;
    private final PdfDocuments pdf;
    private final AuditTrail audit;
    private final TenantProperties tenant;
    private final Clock clock;

    ArrearsController(
            PayerAccounts accounts,
            CoverageService coverage,
            Forecasts forecasts,
            Deadlines deadlines,
            Regions regions,
            PdfDocuments pdf,
            AuditTrail audit,
            TenantProperties tenant,
            Clock clock) {
        this.accounts = accounts;
        this.coverage = coverage;
        this.forecasts = forecasts;
        this.deadlines = deadlines;
        this.regions = regions;
        this.pdf = pdf;
        this.audit = audit;
        this.tenant = tenant;
        this.clock = clock;
    }

    private LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return Limits.date("tanggal", LocalDate.parse(text), clock);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("tanggal", "payment.error.date");
        }
    }

    /** The region asked for, else the user's own scope inside the tenant. */
    private RegionCode region(String text) {
        if (text != null && !text.isBlank()) {
            return RegionCode.tryParse(text)
                    .orElseThrow(() -> new InvalidInputException("wilayah", "region.error.code.format", text));
        }
        return CurrentUser.scope().root().filter(tenant.root()::contains).orElse(tenant.root());
    }

    @GetMapping("/iuran/tunggakan")
    String arrears(
            @RequestParam(required = false) String wilayah,
            @RequestParam(required = false) String tanggal,
            @RequestParam(required = false, defaultValue = "false") boolean semua,
            Model model) {
        LocalDate asOf = date(tanggal);
        RegionCode root = region(wilayah);
        List<Coverage.PayerArrears> rows = accounts.arrears(root, asOf);
        Map<String, List<Coverage.PayerArrears>> byKecamatan = new TreeMap<>();
        for (Coverage.PayerArrears a : rows) {
            RegionCode kec = kecamatanOf(a.payer().region());
            byKecamatan.computeIfAbsent(kec.digits(), k -> new ArrayList<>()).add(a);
        }
        var names = regions.findAll(
                byKecamatan.keySet().stream().map(RegionCode::new).toList());
        List<Total> kecamatan = new ArrayList<>();
        byKecamatan.forEach((k, list) -> {
            RegionCode code = new RegionCode(k);
            kecamatan.add(Total.of(code, nameOf(names, code), list));
        });
        model.addAttribute("asOf", asOf);
        model.addAttribute("root", root);
        model.addAttribute("rootName", regions.find(root).map(Region::name).orElse(root.dotted()));
        model.addAttribute("total", Total.of(root, tenant.name(), rows));
        model.addAttribute("kecamatan", kecamatan);
        model.addAttribute("showAll", semua);
        model.addAttribute(
                "rows",
                semua ? rows : rows.stream().filter(a -> a.outstanding() > 0).toList());
        model.addAttribute("buckets", Aging.Bucket.values());
        return "contribution/arrears";
    }

    static RegionCode kecamatanOf(RegionCode code) {
        String d = code.digits();
        return d.length() > 6 ? new RegionCode(d.substring(0, 6)) : code;
    }

    static String nameOf(Map<RegionCode, Region> names, RegionCode code) {
        Region r = names.get(code);
        return r == null ? code.dotted() : r.name();
    }

    @GetMapping("/iuran/tunggakan.xlsx")
    void arrearsXlsx(
            @RequestParam(required = false) String wilayah,
            @RequestParam(required = false) String tanggal,
            HttpServletResponse response)
            throws IOException {
        LocalDate asOf = date(tanggal);
        RegionCode root = region(wilayah);
        List<Coverage.PayerArrears> rows = accounts.arrears(root, asOf);
        audit.export(
                "ARREARS",
                root.digits(),
                "Ekspor tunggakan " + root.dotted() + " per " + asOf,
                Map.of("wilayah", root.dotted(), "tanggal", asOf.toString()));
        response.setContentType(Spreadsheet.CONTENT_TYPE);
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"tunggakan-" + root.digits() + "-" + asOf + ".xlsx\"");
        List<List<?>> out = new ArrayList<>();
        for (Coverage.PayerArrears a : rows) {
            List<Object> r = new ArrayList<>();
            r.add(a.payer().region().dotted());
            r.add(a.payer().code());
            r.add(a.payer().name());
            r.add(a.billed());
            r.add(a.received());
            r.add(a.outstanding());
            r.add(a.credit());
            for (Aging.Bucket b : Aging.Bucket.values()) {
                r.add(a.buckets().getOrDefault(b, 0L));
            }
            r.add(a.oldestUnpaid() == null ? null : a.oldestUnpaid().atDay(1));
            r.add(a.participantsMenunggak());
            r.add(a.participantsNonaktif());
            out.add(r);
        }
        // the total row: each amount column summed, the buckets summing to the arrears column
        Total t = Total.of(root, tenant.name(), rows);
        List<Object> sum = new ArrayList<>();
        sum.add(root.dotted());
        sum.add(null);
        sum.add("Jumlah");
        sum.add(rows.stream().mapToLong(Coverage.PayerArrears::billed).sum());
        sum.add(rows.stream().mapToLong(Coverage.PayerArrears::received).sum());
        sum.add(t.outstanding());
        sum.add(rows.stream().mapToLong(Coverage.PayerArrears::credit).sum());
        for (Aging.Bucket b : Aging.Bucket.values()) {
            sum.add(t.buckets().get(b));
        }
        sum.add(null);
        sum.add(t.menunggak());
        sum.add(t.nonaktif());
        out.add(sum);
        Spreadsheet.write(
                response.getOutputStream(),
                "Tunggakan",
                "Tunggakan iuran " + tenant.name() + " per " + Formats.date(asOf, Formats.INDONESIAN),
                List.of(
                        "Kode wilayah",
                        "Kode pembayar",
                        "Pembayar",
                        "Tagihan (Rp)",
                        "Diterima (Rp)",
                        "Belum dibayar (Rp)",
                        "Saldo lebih (Rp)",
                        "Belum jatuh tempo (Rp)",
                        "1–30 hari (Rp)",
                        "31–60 hari (Rp)",
                        "61–90 hari (Rp)",
                        "> 90 hari (Rp)",
                        "Bulan tertua belum lunas",
                        "Peserta menunggak",
                        "Peserta nonaktif"),
                out);
    }

    @GetMapping("/iuran/pembayar/{id}")
    String account(@PathVariable long id, @RequestParam(required = false) String tanggal, Model model) {
        model.addAttribute("account", accounts.account(id, date(tanggal)));
        model.addAttribute("buckets", Aging.Bucket.values());
        return "contribution/account";
    }

    private Map<String, Object> letterModel(PayerAccounts.Account account) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account", account);
        m.put("tenantName", tenant.name());
        m.put("buckets", Aging.Bucket.values());
        m.put("village", regions.find(account.payer().region()).orElse(null));
        m.put("lineage", regions.lineage(account.payer().region()));
        // the letter is dated the day it is drawn up for, so a reprint shows that date and its letterhead
        m.put("printedOn", account.asOf());
        return m;
    }

    @GetMapping("/iuran/pembayar/{id}/rekening.pdf")
    void statementPdf(
            @PathVariable long id, @RequestParam(required = false) String tanggal, HttpServletResponse response)
            throws IOException {
        PayerAccounts.Account account = accounts.account(id, date(tanggal));
        audit.export(
                "PAYER_STATEMENT",
                account.payer().region().digits(),
                "Rekening iuran " + account.payer().name() + " (PDF)",
                Map.of(
                        "pembayar",
                        account.payer().code(),
                        "tanggal",
                        account.asOf().toString()));
        response.setContentType("application/pdf");
        response.setHeader(
                "Content-Disposition",
                "inline; filename=\"rekening-iuran-" + account.payer().code() + ".pdf\"");
        pdf.render("pdf/statement", letterModel(account), account.asOf(), locale(), response.getOutputStream());
    }

    @GetMapping("/iuran/pembayar/{id}/surat-tunggakan.pdf")
    void warningLetter(
            @PathVariable long id,
            @RequestParam(required = false) String tanggal,
            @RequestParam(required = false) Long tenggat,
            HttpServletResponse response)
            throws IOException {
        PayerAccounts.Account account = accounts.account(id, date(tanggal));
        if (account.arrears().outstanding() == 0) {
            throw new InvalidInputException(
                    "pembayar", "letter.error.noArrears", account.payer().name());
        }
        Map<String, Object> m = letterModel(account);
        LocalDate today = LocalDate.now(clock);
        m.put(
                "deadline",
                deadlines.list().stream()
                        .filter(d -> !d.passed(today))
                        .filter(d -> deadlines.payers(d.id()).stream()
                                .anyMatch(p -> p.id() == account.payer().id()))
                        .findFirst()
                        .orElse(null));
        audit.export(
                "ARREARS_LETTER",
                account.payer().region().digits(),
                "Surat pemberitahuan tunggakan " + account.payer().name(),
                Map.of(
                        "pembayar",
                        account.payer().code(),
                        "tanggal",
                        account.asOf().toString()));
        response.setContentType("application/pdf");
        response.setHeader(
                "Content-Disposition",
                "inline; filename=\"surat-tunggakan-" + account.payer().code() + ".pdf\"");
        pdf.render("pdf/arrears-letter", m, account.asOf(), locale(), response.getOutputStream());
    }

    @GetMapping("/iuran/pembayar/{id}/rekening.xlsx")
    void statementXlsx(
            @PathVariable long id, @RequestParam(required = false) String tanggal, HttpServletResponse response)
            throws IOException {
        PayerAccounts.Account account = accounts.account(id, date(tanggal));
        audit.export(
                "PAYER_STATEMENT",
                account.payer().region().digits(),
                "Rekening iuran " + account.payer().name() + " (xlsx)",
                Map.of(
                        "pembayar",
                        account.payer().code(),
                        "tanggal",
                        account.asOf().toString()));
        response.setContentType(Spreadsheet.CONTENT_TYPE);
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"rekening-iuran-" + account.payer().code() + ".xlsx\"");
        List<List<?>> rows = new ArrayList<>();
        for (PayerAccounts.MonthLine l : account.months()) {
            rows.add(List.of("Tagihan", l.month().atDay(1), l.participants(), l.billed(), l.paid(), l.outstanding()));
        }
        for (Payments.PaymentRow p : account.payments()) {
            List<Object> r = new ArrayList<>();
            r.add((p.isReversal() ? "Pembatalan " : "Pembayaran ") + p.reference());
            r.add(p.paidOn());
            r.add(null);
            r.add(null);
            r.add(p.amount());
            r.add(null);
            rows.add(r);
        }
        Spreadsheet.write(
                response.getOutputStream(),
                "Rekening",
                "Rekening iuran " + account.payer().name() + " per " + Formats.date(account.asOf(), Formats.INDONESIAN),
                List.of("Uraian", "Bulan / tanggal", "Peserta", "Tagihan (Rp)", "Dibayar (Rp)", "Sisa (Rp)"),
                rows);
    }

    @GetMapping("/iuran/peserta/{id}")
    String participant(@PathVariable long id, @RequestParam(required = false) String tanggal, Model model) {
        LocalDate d = date(tanggal);
        model.addAttribute("cover", coverage.coverOn(id, d));
        model.addAttribute("history", coverage.history(id, d));
        model.addAttribute("today", LocalDate.now(clock));
        return "contribution/participant-cover";
    }

    @GetMapping("/iuran/proyeksi")
    String forecast(
            @RequestParam(required = false) String tanggal,
            @RequestParam(required = false) String wilayah,
            @RequestParam(required = false) Long pembayar,
            Model model) {
        LocalDate target = tanggal == null || tanggal.isBlank()
                ? LocalDate.now(clock).plusMonths(1).withDayOfMonth(1)
                : date(tanggal);
        RegionCode root = region(wilayah);
        List<Forecasts.VillageForecast> rows = forecasts.villages(root, target);
        model.addAttribute("target", target);
        model.addAttribute("rows", rows);
        model.addAttribute(
                "lapsing",
                rows.stream().mapToLong(Forecasts.VillageForecast::lapsing).sum());
        model.addAttribute(
                "amount",
                rows.stream()
                        .mapToLong(Forecasts.VillageForecast::amountToPrevent)
                        .sum());
        model.addAttribute(
                "nonaktifToday",
                rows.stream()
                        .mapToLong(Forecasts.VillageForecast::nonaktifToday)
                        .sum());
        if (pembayar != null) {
            model.addAttribute("detail", forecasts.payer(pembayar, target));
        }
        return "contribution/forecast";
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
