package id.pesona.claim;

import id.pesona.audit.AuditAction;
import id.pesona.audit.AuditTrail;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.Rupiah;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The benefit rule rows: read by everyone, a new row from a date added by the admin (rows are never edited). */
@Service
public class BenefitRuleBook {

    /** A new row as the admin types it; the numbers its kind does not read must stay empty. */
    public record NewRule(
            String code,
            LocalDate validFrom,
            String amount,
            Integer incomeMultiple,
            String percent,
            Integer quantity,
            Integer months,
            String legalBasis) {}

    static final RowMapper<BenefitRule> ROW = (rs, n) -> new BenefitRule(
            rs.getLong("id"),
            BenefitCode.valueOf(rs.getString("code")),
            rs.getObject("valid_from", LocalDate.class),
            rs.getObject("amount", Long.class),
            rs.getObject("income_multiple", Integer.class),
            rs.getObject("basis_points", Integer.class),
            rs.getObject("quantity", Integer.class),
            rs.getObject("months", Integer.class),
            rs.getString("legal_basis"),
            rs.getString("created_by"));

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    BenefitRuleBook(JdbcClient jdbc, AuditTrail audit, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public BenefitRules rules() {
        return new BenefitRules(jdbc.sql("select * from benefit_rule order by code, valid_from, id")
                .query(ROW)
                .list());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public BenefitRule add(NewRule n) {
        BenefitCode code;
        try {
            code = BenefitCode.valueOf(n.code() == null ? "" : n.code().strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("code", "benefit.error.code");
        }
        if (n.validFrom() == null) {
            throw new InvalidInputException("validFrom", "benefit.error.validFrom");
        }
        Long amount = null;
        if (n.amount() != null && !n.amount().isBlank()) {
            amount = Rupiah.parse(n.amount())
                    .orElseThrow(() -> new InvalidInputException("amount", "benefit.error.amount", n.amount()));
        }
        Integer bp = null;
        if (n.percent() != null && !n.percent().isBlank()) {
            bp = basisPoints(n.percent());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("amount", amount);
        values.put("incomeMultiple", n.incomeMultiple());
        values.put("basisPoints", bp);
        values.put("quantity", n.quantity());
        values.put("months", n.months());
        for (var e : values.entrySet()) {
            boolean needed = code.fields().contains(e.getKey());
            if (needed && e.getValue() == null) {
                throw new InvalidInputException(e.getKey(), "benefit.error.required", code.name());
            }
            if (!needed && e.getValue() != null) {
                throw new InvalidInputException(e.getKey(), "benefit.error.unused", code.name());
            }
            if (e.getValue() instanceof Number num && num.longValue() < 0) {
                throw new InvalidInputException(e.getKey(), "benefit.error.negative");
            }
        }
        String basis = n.legalBasis() == null ? "" : n.legalBasis().strip();
        if (basis.isEmpty() || basis.length() > 300) {
            throw new InvalidInputException("legalBasis", "benefit.error.legalBasis");
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into benefit_rule (code, valid_from, amount, income_multiple, basis_points, quantity,
                                                  months, legal_basis, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        code.name(),
                        n.validFrom(),
                        amount,
                        n.incomeMultiple(),
                        bp,
                        n.quantity(),
                        n.months(),
                        basis,
                        CurrentUser.actorName(),
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update(key, "id");
        BenefitRule created = jdbc.sql("select * from benefit_rule where id = ?")
                .param(key.getKey().longValue())
                .query(ROW)
                .single();
        Map<String, Object> after = new LinkedHashMap<>(values);
        after.values().removeIf(java.util.Objects::isNull);
        after.put("kode", code.name());
        after.put("berlakuMulai", n.validFrom().toString());
        after.put("dasarHukum", basis);
        audit.record(
                AuditAction.CREATE,
                "BENEFIT_RULE",
                String.valueOf(created.id()),
                null,
                "Aturan manfaat " + code.name() + " mulai " + n.validFrom(),
                null,
                after);
        return created;
    }

    /** "100", "12,5" or "12.5" percent as basis points. */
    static int basisPoints(String text) {
        String t = text.strip().replace(',', '.').replace("%", "").strip();
        try {
            java.math.BigDecimal d = new java.math.BigDecimal(t).movePointRight(2);
            if (d.signum() < 0 || d.scale() > 0 && d.stripTrailingZeros().scale() > 0) {
                throw new InvalidInputException("percent", "benefit.error.percent", text);
            }
            return d.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInputException("percent", "benefit.error.percent", text);
        }
    }

    static List<BenefitCode> codes() {
        return List.of(BenefitCode.values());
    }
}
