package id.pesona.monitoring;

import id.pesona.audit.AuditAction;
import id.pesona.audit.AuditTrail;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Regulations the regency reports for the Paritrana Award, entered by the admin. */
@Service
public class Regulations {

    public record Regulation(long id, String title, String number, LocalDate issuedOn, String summary) {}

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Regulations(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Regulation> list() {
        return jdbc.sql("select id, title, reg_number, issued_on, summary from monev_regulation"
                        + " order by issued_on desc, id desc")
                .query((rs, n) -> new Regulation(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5)))
                .list();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Regulation add(String title, String number, LocalDate issuedOn, String summary) {
        String t = text("title", title, 300);
        String no = text("number", number, 120);
        if (issuedOn == null || issuedOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("issuedOn", "monev.regulation.error.issuedOn");
        }
        String s = summary == null || summary.isBlank() ? null : summary.strip();
        if (s != null && s.length() > 1000) {
            throw new InvalidInputException("summary", "monev.regulation.error.summary");
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into monev_regulation (title, reg_number, issued_on, summary, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        t,
                        no,
                        issuedOn,
                        s,
                        CurrentUser.actorName(),
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update(key, "id");
        long id = key.getKey().longValue();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("judul", t);
        after.put("nomor", no);
        after.put("tanggal", issuedOn.toString());
        after.put("ringkasan", s);
        audit.record(AuditAction.CREATE, "MONEV_REGULATION", String.valueOf(id), null, "Regulasi " + no, null, after);
        return new Regulation(id, t, no, issuedOn, s);
    }

    private static String text(String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max) {
            throw new InvalidInputException(field, "monev.regulation.error." + field);
        }
        return v;
    }
}
