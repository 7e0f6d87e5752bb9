package id.pesona.monitoring;

import id.pesona.audit.AuditTrail;
import id.pesona.contribution.Deadline;
import id.pesona.contribution.Deadlines;
import id.pesona.document.PdfDocuments;
import id.pesona.document.Spreadsheet;
import id.pesona.participant.RegistryFigures;
import id.pesona.region.Region;
import id.pesona.region.Regions;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.Formats;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.NotFoundException;
import id.pesona.shared.RegionCode;
import id.pesona.shared.RegionLevel;
import id.pesona.shared.RegionScope;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monev reports for a region and a period, as PDF (A4, from {@code templates/pdf/monev-report.html}) and .xlsx, kept in
 * {@code monev_report} for download: the monev report (the kind presented on 9 December 2025), the periodic report
 * of a kecamatan or village, and the Paritrana indicators pack (coverage, growth, budget, regulations).
 */
@Service
public class MonitoringReports {

    public enum Kind {
        MONEV,
        KECAMATAN,
        DESA,
        PARITRANA;

        boolean fits(RegionCode region) {
            return switch (this) {
                case KECAMATAN -> region.level() == RegionLevel.KECAMATAN;
                case DESA -> region.isVillage();
                default -> true;
            };
        }
    }

    /** A stored report (without its bytes). */
    public record Stored(
            long id,
            Kind kind,
            RegionCode region,
            LocalDate from,
            LocalDate to,
            String format,
            String fileName,
            long size,
            String createdBy,
            OffsetDateTime createdAt) {}

    public record File(String name, String contentType, byte[] content) {}

    /** Everything a report shows, computed once for both formats. */
    public record Content(
            Kind kind,
            Region region,
            Region kecamatan,
            LocalDate from,
            LocalDate to,
            Figures figures,
            long registrationsInPeriod,
            long exitsInPeriod,
            List<Panels.CardRow> cards,
            Panels.Quality quality,
            Panels.Arrears arrears,
            ClaimsPanel.ClaimFigures claims,
            Deadline deadline,
            List<BudgetPlanner.Plan> budget,
            List<Regulations.Regulation> regulations,
            LocalDate generatedOn) {}

    private final CoverageFigures coverage;
    private final Panels panels;
    private final RegistryFigures registry;
    private final BudgetPlanner planner;
    private final Scenarios scenarios;
    private final Regulations regulations;
    private final Deadlines deadlines;
    private final Regions regions;
    private final PdfDocuments pdf;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final Clock clock;

    MonitoringReports(
            CoverageFigures coverage,
            Panels panels,
            RegistryFigures registry,
            BudgetPlanner planner,
            Scenarios scenarios,
            Regulations regulations,
            Deadlines deadlines,
            Regions regions,
            PdfDocuments pdf,
            AuditTrail audit,
            MessageSource messages,
            JdbcClient jdbc,
            Clock clock) {
        this.coverage = coverage;
        this.panels = panels;
        this.registry = registry;
        this.planner = planner;
        this.scenarios = scenarios;
        this.regulations = regulations;
        this.deadlines = deadlines;
        this.regions = regions;
        this.pdf = pdf;
        this.audit = audit;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The figures of a report; the caller has checked that the region lies in the reader's scope. */
    @Transactional(readOnly = true)
    public Content content(Kind kind, RegionCode region, LocalDate from, LocalDate to) {
        if (from == null || to == null || from.isAfter(to)) {
            throw new InvalidInputException("period", "monev.report.error.period");
        }
        if (!kind.fits(region)) {
            throw new InvalidInputException("region", "monev.report.error.region");
        }
        Figures f = coverage.of(region, to);
        long[] inPeriod = registry.registrationsAndExits(region, from, to);
        Region kecamatan = region.level() == RegionLevel.KECAMATAN || region.isVillage()
                ? regions.get(new RegionCode(region.digits().substring(0, 6)))
                : null;
        int budgetYear = to.getYear() + 1;
        List<BudgetPlanner.Plan> budget = new ArrayList<>();
        if (kind == Kind.MONEV || kind == Kind.PARITRANA) {
            for (Scenarios.Scenario s : scenarios.all(budgetYear)) {
                if (s.savedId() == null) {
                    budget.add(planner.plan(region, s, budgetYear, BudgetController.DEFAULT_INCOME));
                }
            }
        }
        return new Content(
                kind,
                f.region(),
                kecamatan,
                from,
                to,
                f,
                inPeriod[0],
                inPeriod[1],
                kind == Kind.PARITRANA ? List.of() : panels.cards(region),
                kind == Kind.PARITRANA ? null : panels.quality(region, to, PanelsController.STALE_DAYS),
                kind == Kind.PARITRANA ? null : panels.arrears(region, to),
                panels.claims(region, from, to).orElse(null),
                kind == Kind.PARITRANA ? null : deadlines.nextActive().orElse(null),
                budget,
                kind == Kind.PARITRANA || kind == Kind.MONEV ? regulations.list() : List.of(),
                LocalDate.now(clock));
    }

    public File pdf(Content c, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, Object> model = new HashMap<>();
        model.put("c", c);
        model.put("f", c.figures());
        pdf.render("pdf/monev-report", model, c.generatedOn(), locale, out);
        return new File(fileName(c, "pdf"), "application/pdf", out.toByteArray());
    }

    public File xlsx(Content c, Locale locale) {
        List<List<?>> rows = new ArrayList<>();
        Figures f = c.figures();
        String coverage = text("monev.report.section.coverage", locale);
        for (Figures.Row r : concat(f.children(), f.total())) {
            rows.add(row(coverage, r.name(), text("monev.quota", locale), r.quota()));
            rows.add(row(coverage, r.name(), text("monev.planned", locale), r.planned()));
            rows.add(row(coverage, r.name(), text("monev.registered", locale), r.registered()));
            rows.add(row(coverage, r.name(), text("monev.inProcess", locale), r.proposed() + r.verified()));
            rows.add(row(coverage, r.name(), text("monev.stopped", locale), r.stopped()));
            if (r.aktif() != null) {
                rows.add(row(coverage, r.name(), text("monev.aktif", locale), r.aktif()));
                rows.add(row(coverage, r.name(), text("monev.belumDibayar", locale), r.belumDibayar()));
                rows.add(row(coverage, r.name(), text("monev.menunggak", locale), r.menunggak()));
                rows.add(row(coverage, r.name(), text("monev.nonaktif", locale), r.nonaktif()));
            }
            if (r.workforce() != null) {
                rows.add(row(coverage, r.name(), text("monev.workforce", locale), r.workforce()));
            }
        }
        String period = text("monev.report.section.period", locale);
        rows.add(row(period, c.region().name(), text("monev.growth.registrations", locale), c.registrationsInPeriod()));
        rows.add(row(period, c.region().name(), text("monev.growth.exits", locale), c.exitsInPeriod()));
        String growth = text("monev.growth", locale);
        for (Figures.YearRow y : f.growth()) {
            rows.add(row(growth, String.valueOf(y.year()), text("monev.growth.covered", locale), y.coveredAtEnd()));
            if (y.growth() != null) {
                rows.add(row(growth, String.valueOf(y.year()), text("monev.growth.pct", locale) + " (bp)", y.growth()));
            }
        }
        String cards = text("monev.tab.cards", locale);
        for (Panels.CardRow r : c.cards()) {
            rows.add(row(cards, r.name(), text("monev.cards.received", locale), r.received()));
            rows.add(row(cards, r.name(), text("monev.cards.handed", locale), r.handed()));
        }
        if (c.claims() != null) {
            String claims = text("monev.claims.title", locale);
            rows.add(row(
                    claims,
                    c.region().name(),
                    text("monev.claims.reported", locale),
                    c.claims().reported()));
            rows.add(row(
                    claims,
                    c.region().name(),
                    text("monev.claims.paid", locale),
                    c.claims().paid()));
            rows.add(row(
                    claims,
                    c.region().name(),
                    text("monev.claims.blocked", locale),
                    c.claims().blocked()));
            rows.add(row(
                    claims,
                    c.region().name(),
                    text("monev.claims.amountPaid", locale),
                    c.claims().amountPaid()));
        }
        if (c.arrears() != null && c.arrears().available()) {
            String arrears = text("monev.tab.arrears", locale);
            c.arrears()
                    .buckets()
                    .forEach((b, v) -> rows.add(
                            row(arrears, c.region().name(), text("monev.bucket." + b.name(), locale) + " (Rp)", v)));
            rows.add(row(
                    arrears,
                    c.region().name(),
                    text("monev.arrears.outstanding", locale) + " (Rp)",
                    c.arrears().outstanding()));
            rows.add(row(
                    arrears,
                    c.region().name(),
                    text("monev.arrears.atRisk", locale),
                    c.arrears().participantsMenunggak()));
        }
        if (c.quality() != null) {
            String quality = text("monev.tab.quality", locale);
            var t = c.quality().total();
            rows.add(row(quality, t.name(), text("monev.quality.kpjMissing", locale), t.kpjMissing()));
            rows.add(row(quality, t.name(), text("monev.quality.awaitingKpj", locale), t.awaitingKpj()));
            rows.add(row(quality, t.name(), text("monev.quality.nikWarnings", locale), t.nikWarnings()));
            rows.add(row(quality, t.name(), text("monev.quality.duplicates", locale), t.duplicatesResolved()));
            rows.add(row(
                    quality,
                    t.name(),
                    text("monev.quality.stale", locale, c.quality().staleDays()),
                    c.quality().stale().size()));
        }
        String budget = text("monev.tab.budget", locale);
        for (BudgetPlanner.Plan p : c.budget()) {
            String label = p.scenario().uniform() == null
                    ? text("monev.scenario.kuota", locale, String.valueOf(p.year()))
                    : text("monev.scenario.uniform", locale, p.scenario().uniform());
            rows.add(row(budget, label, text("monev.budget.workers", locale), p.workers()));
            rows.add(row(budget, label, text("monev.budget.cost", locale) + " (Rp)", p.cost()));
        }
        String regs = text("monev.regulation.title", locale);
        for (Regulations.Regulation r : c.regulations()) {
            rows.add(row(regs, r.number(), r.title(), r.issuedOn()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Spreadsheet.write(
                    out,
                    "Monev",
                    title(c, locale),
                    List.of(
                            text("monev.report.col.section", locale),
                            text("monev.report.col.region", locale),
                            text("monev.report.col.indicator", locale),
                            text("monev.report.col.value", locale)),
                    rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new File(fileName(c, "xlsx"), Spreadsheet.CONTENT_TYPE, out.toByteArray());
    }

    /** Generates a report in one format, stores it (replacing the same report made before) and audits it. */
    @Transactional
    public Stored generate(Kind kind, RegionCode region, LocalDate from, LocalDate to, String format, Locale locale) {
        Content c = content(kind, region, from, to);
        File file = "xlsx".equals(format) ? xlsx(c, locale) : pdf(c, locale);
        String fmt = "xlsx".equals(format) ? "xlsx" : "pdf";
        jdbc.sql("""
                        delete from monev_report
                        where kind = ? and region_code = ? and period_from = ? and period_to = ? and file_format = ?
                        """).params(kind.name(), region.digits(), from, to, fmt).update();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.sql("""
                        insert into monev_report (kind, region_code, period_from, period_to, file_format, file_name,
                                                  content, size_bytes, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        kind.name(),
                        region.digits(),
                        from,
                        to,
                        fmt,
                        file.name(),
                        file.content(),
                        (long) file.content().length,
                        CurrentUser.actorName(),
                        now)
                .update();
        audit.export(
                "MONEV_REPORT",
                region.digits(),
                "Laporan " + kind.name() + " " + region.dotted() + " " + from + " s.d. " + to + " (" + fmt + ")",
                Map.of("jenis", kind.name(), "dari", from.toString(), "sampai", to.toString(), "format", fmt));
        return stored(region, kind, from, to, fmt);
    }

    private Stored stored(RegionCode region, Kind kind, LocalDate from, LocalDate to, String fmt) {
        return jdbc.sql(SELECT + " where kind = ? and region_code = ? and period_from = ? and period_to = ?"
                        + " and file_format = ?")
                .params(kind.name(), region.digits(), from, to, fmt)
                .query(MonitoringReports::map)
                .single();
    }

    private static final String SELECT = """
            select id, kind, region_code, period_from, period_to, file_format, file_name, size_bytes, created_by,
                   created_at from monev_report
            """;

    private static Stored map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Stored(
                rs.getLong("id"),
                Kind.valueOf(rs.getString("kind")),
                new RegionCode(rs.getString("region_code")),
                rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class),
                rs.getString("file_format"),
                rs.getString("file_name"),
                rs.getLong("size_bytes"),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    /** Stored reports of regions inside a scope, newest first. */
    @Transactional(readOnly = true)
    public List<Stored> stored(RegionScope scope, int limit) {
        return jdbc.sql(SELECT + " where region_code >= ? and region_code < ? order by created_at desc, id desc"
                        + " fetch first " + limit + " rows only")
                .params(scope.lower(), scope.upper())
                .query(MonitoringReports::map)
                .list();
    }

    /** A stored report's file, when its region lies in the user's scope (else 403); the download is audited. */
    @Transactional
    public File download(long id) {
        Stored s = jdbc.sql(SELECT + " where id = ?")
                .param(id)
                .query(MonitoringReports::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("Laporan " + id));
        CurrentUser.requireInScope(s.region());
        byte[] content = jdbc.sql("select content from monev_report where id = ?")
                .param(id)
                .query(byte[].class)
                .single();
        audit.export("MONEV_REPORT", s.region().digits(), "Unduh " + s.fileName(), Map.of("laporan", id));
        return new File(s.fileName(), "pdf".equals(s.format()) ? "application/pdf" : Spreadsheet.CONTENT_TYPE, content);
    }

    String title(Content c, Locale locale) {
        return text("monev.report.kind." + c.kind().name(), locale) + " · "
                + c.region().name() + " · " + Formats.date(c.from(), locale) + " – " + Formats.date(c.to(), locale);
    }

    private static String fileName(Content c, String ext) {
        return "monev-" + c.kind().name().toLowerCase(Locale.ROOT) + "-"
                + c.region().dotted() + "-" + c.from() + "-" + c.to() + "." + ext;
    }

    private static List<Figures.Row> concat(List<Figures.Row> children, Figures.Row total) {
        List<Figures.Row> out = new ArrayList<>(children);
        if (children.size() != 1 || !children.get(0).code().equals(total.code())) {
            out.add(total);
        }
        return out;
    }

    private static List<Object> row(String section, String region, String indicator, Object value) {
        List<Object> r = new ArrayList<>();
        r.add(section);
        r.add(region);
        r.add(indicator);
        r.add(value);
        return r;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
