package id.pesona.contribution;

import id.pesona.audit.AuditAction;
import id.pesona.audit.AuditTrail;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.Limits;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one face of the contribution rules: tariffs and settings as effective-dated rows with their legal basis. The
 * admin adds rows; rows are never edited, a newer row corrects an older one.
 */
@Service
public class ContributionRules {

    public static final List<String> PROGRAMMES = List.of("JKK", "JKM", "JHT", "JP");
    public static final List<String> SEGMENTS = List.of("BPU", "PU");
    public static final List<String> FUNDING_SOURCES = Arrays.stream(id.pesona.shared.FundingSource.values())
            .map(Enum::name)
            .toList();

    /** A new tariff row as the admin types it: a rate in percent ("0,24") or a flat amount in Rupiah ("6.800"). */
    public record NewTariff(
            String programme,
            String segment,
            YearMonth validFrom,
            YearMonth validUntil,
            String kind,
            String value,
            Set<String> fundingSources,
            String legalBasis) {}

    public record NewSetting(LocalDate validFrom, Integer graceMonths, Integer dueDay, String legalBasis) {}

    private static final RowMapper<TariffRule> TARIFF = (rs, n) -> new TariffRule(
            rs.getLong("id"),
            rs.getString("programme"),
            rs.getString("segment"),
            YearMonth.from(rs.getObject("valid_from", LocalDate.class)),
            rs.getObject("valid_until", LocalDate.class) == null
                    ? null
                    : YearMonth.from(rs.getObject("valid_until", LocalDate.class)),
            (Long) rs.getObject("basis_points", Long.class),
            (Long) rs.getObject("flat_amount", Long.class),
            sources(rs.getString("funding_sources")),
            rs.getString("legal_basis"));

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ContributionRules(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    static Set<String> sources(String csv) {
        if (csv == null || csv.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(csv.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }

    @Transactional(readOnly = true)
    public Tariffs tariffs() {
        return new Tariffs(jdbc.sql("""
                                select id, programme, segment, valid_from, valid_until, basis_points, flat_amount,
                                       funding_sources, legal_basis
                                from tariff_rule order by programme, segment, valid_from, id
                                """).query(TARIFF).list(), bands());
    }

    /** The income band rows (declared income of BPU is a band; the lowest Rp1.000.000). */
    @Transactional(readOnly = true)
    public IncomeBands bands() {
        return new IncomeBands(jdbc.sql("""
                        select id, segment, valid_from, income_from, income_to, band_income, legal_basis
                        from income_band order by segment, valid_from, income_from
                        """)
                .query((rs, n) -> new IncomeBand(
                        rs.getLong("id"),
                        rs.getString("segment"),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getLong("income_from"),
                        rs.getObject("income_to", Long.class),
                        rs.getObject("band_income", Long.class),
                        rs.getString("legal_basis")))
                .list());
    }

    @Transactional(readOnly = true)
    public List<ContributionSetting> settings() {
        return jdbc.sql("select id, valid_from, grace_months, due_day, legal_basis from contribution_setting"
                        + " order by valid_from, id")
                .query((rs, n) -> new ContributionSetting(
                        rs.getLong("id"),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getInt("grace_months"),
                        rs.getInt("due_day"),
                        rs.getString("legal_basis")))
                .list();
    }

    /** The settings in force on a date: the latest row started on or before it (the newest row on a tie). */
    @Transactional(readOnly = true)
    public ContributionSetting settingOn(LocalDate date) {
        return settings().stream()
                .filter(s -> !s.validFrom().isAfter(date))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("Tidak ada pengaturan iuran untuk " + date));
    }

    /** The due rules, every segment, oldest first. */
    @Transactional(readOnly = true)
    public List<DueRule> dueRules() {
        return jdbc.sql("select id, segment, valid_from, due_day, month_offset, legal_basis from due_rule"
                        + " order by segment, valid_from, id")
                .query((rs, n) -> new DueRule(
                        rs.getLong("id"),
                        rs.getString("segment"),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getInt("due_day"),
                        rs.getInt("month_offset"),
                        rs.getString("legal_basis")))
                .list();
    }

    /** The due rule of a segment in force on a date: its latest row started on or before it (newest on a tie). */
    @Transactional(readOnly = true)
    public DueRule dueRuleOn(String segment, LocalDate date) {
        return dueRuleOn(dueRules(), segment, date);
    }

    static DueRule dueRuleOn(List<DueRule> rules, String segment, LocalDate date) {
        return rules.stream()
                .filter(r -> r.segment().equals(segment) && !r.validFrom().isAfter(date))
                .reduce((a, b) -> b)
                .orElseThrow(
                        () -> new IllegalStateException("Tidak ada aturan jatuh tempo " + segment + " untuk " + date));
    }

    /** The due rule of every segment in force on a date, by segment. */
    @Transactional(readOnly = true)
    public Map<String, DueRule> dueRulesOn(LocalDate date) {
        List<DueRule> all = dueRules();
        Map<String, DueRule> out = new LinkedHashMap<>();
        for (String segment : SEGMENTS) {
            out.put(segment, dueRuleOn(all, segment, date));
        }
        return out;
    }

    public ContributionSetting settingToday() {
        return settingOn(LocalDate.now(clock));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public TariffRule addTariff(NewTariff t) {
        if (t.programme() == null || !PROGRAMMES.contains(t.programme())) {
            throw new InvalidInputException("programme", "tariff.error.programme");
        }
        if (t.segment() == null || !SEGMENTS.contains(t.segment())) {
            throw new InvalidInputException("segment", "tariff.error.segment");
        }
        if (t.validFrom() == null) {
            throw new InvalidInputException("validFrom", "tariff.error.validFrom");
        }
        Limits.month("validFrom", t.validFrom(), clock);
        Limits.month("validUntil", t.validUntil(), clock);
        if (t.validUntil() != null && t.validUntil().isBefore(t.validFrom())) {
            throw new InvalidInputException("validUntil", "tariff.error.validUntil");
        }
        Set<String> funding = new TreeSet<>(t.fundingSources() == null ? Set.of() : t.fundingSources());
        if (!FUNDING_SOURCES.containsAll(funding)) {
            throw new InvalidInputException("fundingSources", "tariff.error.fundingSources");
        }
        String basis = t.legalBasis() == null ? "" : t.legalBasis().strip();
        if (basis.isEmpty() || basis.length() > 300) {
            throw new InvalidInputException("legalBasis", "tariff.error.legalBasis");
        }
        Long bp = null;
        Long flat = null;
        if ("RATE".equals(t.kind())) {
            bp = Amounts.percentToBasisPoints(t.value())
                    .orElseThrow(() -> new InvalidInputException("value", "tariff.error.rate", t.value()));
        } else if ("FLAT".equals(t.kind())) {
            flat = Amounts.parseRupiah(t.value())
                    .orElseThrow(() -> new InvalidInputException("value", "tariff.error.flat", t.value()));
        } else {
            throw new InvalidInputException("kind", "tariff.error.kind");
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into tariff_rule (programme, segment, valid_from, valid_until, basis_points,
                                                 flat_amount, funding_sources, legal_basis, created_by)
                        values (:programme, :segment, :from, :until, :bp, :flat, :funding, :basis, :by)
                        """)
                .param("programme", t.programme())
                .param("segment", t.segment())
                .param("from", t.validFrom().atDay(1))
                .param("until", t.validUntil() == null ? null : t.validUntil().atDay(1))
                .param("bp", bp)
                .param("flat", flat)
                .param("funding", String.join(",", funding))
                .param("basis", basis)
                .param("by", CurrentUser.actorName())
                .update(key, "id");
        long id = key.getKey().longValue();
        TariffRule created =
                tariffs().rules().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("program", created.programme());
        after.put("segmen", created.segment());
        after.put("berlakuDari", created.validFrom().toString());
        after.put(
                "berlakuSampai",
                created.validUntil() == null ? null : created.validUntil().toString());
        after.put("basisPoin", created.basisPoints());
        after.put("nominal", created.flatAmount());
        after.put("sumberDana", String.join(",", funding));
        after.put("dasarHukum", basis);
        audit.record(
                AuditAction.CREATE,
                "TARIFF",
                String.valueOf(created.id()),
                null,
                "Tarif " + created.programme() + " " + created.segment() + " mulai " + created.validFrom(),
                null,
                after);
        return created;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ContributionSetting addSetting(NewSetting s) {
        if (s.validFrom() == null) {
            throw new InvalidInputException("validFrom", "setting.error.validFrom");
        }
        Limits.date("validFrom", s.validFrom(), clock);
        if (s.graceMonths() == null || s.graceMonths() < 0 || s.graceMonths() > 12) {
            throw new InvalidInputException("graceMonths", "setting.error.grace");
        }
        if (s.dueDay() == null || s.dueDay() < 1 || s.dueDay() > 28) {
            throw new InvalidInputException("dueDay", "setting.error.dueDay");
        }
        String basis = s.legalBasis() == null ? "" : s.legalBasis().strip();
        if (basis.isEmpty() || basis.length() > 300) {
            throw new InvalidInputException("legalBasis", "tariff.error.legalBasis");
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into contribution_setting (valid_from, grace_months, due_day, legal_basis, created_by)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(s.validFrom(), s.graceMonths(), s.dueDay(), basis, CurrentUser.actorName())
                .update(key, "id");
        long id = key.getKey().longValue();
        ContributionSetting created =
                settings().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        audit.record(
                AuditAction.CREATE,
                "CONTRIBUTION_SETTING",
                String.valueOf(created.id()),
                null,
                "Pengaturan iuran mulai " + created.validFrom() + ": tenggang " + created.graceMonths()
                        + " bulan, jatuh tempo tanggal " + created.dueDay(),
                null,
                Map.of(
                        "berlakuDari", created.validFrom().toString(),
                        "masaTenggangBulan", created.graceMonths(),
                        "tanggalJatuhTempo", created.dueDay(),
                        "dasarHukum", basis));
        return created;
    }
}
