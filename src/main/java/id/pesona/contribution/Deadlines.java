package id.pesona.contribution;

import id.pesona.audit.AuditAction;
import id.pesona.audit.AuditTrail;
import id.pesona.region.Regions;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.Limits;
import id.pesona.shared.NotFoundException;
import id.pesona.shared.RegionCode;
import id.pesona.shared.RegionScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deadlines: the admin declares one for every payer under a region (the regency, a kecamatan) or a funding source; a
 * user sees the deadlines that bind a payer in their scope.
 */
@Service
public class Deadlines {

    public record NewDeadline(
            String title, LocalDate dueDate, String region, String fundingSource, String legalBasis) {}

    private static final RowMapper<Deadline> ROW = (rs, n) -> new Deadline(
            rs.getLong("id"),
            rs.getString("title"),
            rs.getObject("due_date", LocalDate.class),
            new RegionCode(rs.getString("region_code")),
            rs.getString("legal_basis"),
            rs.getLong("payers"));

    private final JdbcClient jdbc;
    private final Regions regions;
    private final AuditTrail audit;
    private final Clock clock;

    Deadlines(JdbcClient jdbc, Regions regions, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Deadlines binding at least one payer in the user's scope, the nearest upcoming first, then the past ones. */
    @Transactional(readOnly = true)
    public List<Deadline> list() {
        RegionScope scope = CurrentUser.scope();
        return jdbc.sql("""
                        select d.id, d.title, d.due_date, d.region_code, d.legal_basis, count(p.id) as payers
                        from deadline d
                        join deadline_payer dp on dp.deadline_id = d.id
                        join payer p on p.id = dp.payer_id
                        where p.region_code >= :lo and p.region_code < :hi
                        group by d.id, d.title, d.due_date, d.region_code, d.legal_basis
                        order by case when d.due_date >= :today then 0 else 1 end, d.due_date, d.id
                        """)
                .param("lo", scope.lower())
                .param("hi", scope.upper())
                .param("today", LocalDate.now(clock))
                .query(ROW)
                .list();
    }

    /** The nearest deadline not passed yet, for the home page and dashboards. */
    @Transactional(readOnly = true)
    public Optional<Deadline> nextActive() {
        LocalDate today = LocalDate.now(clock);
        return list().stream().filter(d -> !d.passed(today)).findFirst();
    }

    @Transactional(readOnly = true)
    public Deadline get(long id) {
        Optional<Deadline> visible = list().stream().filter(d -> d.id() == id).findFirst();
        if (visible.isPresent()) {
            return visible.get();
        }
        boolean exists = jdbc.sql("select count(*) from deadline where id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
        if (exists) {
            // another region's deadline: refused like every record outside the scope, not hidden as missing
            throw new org.springframework.security.access.AccessDeniedException("Tenggat " + id + " di luar cakupan");
        }
        throw new NotFoundException("Tenggat " + id);
    }

    /** The payers a deadline binds, narrowed to the user's scope. */
    @Transactional(readOnly = true)
    public List<Payer> payers(long deadlineId) {
        get(deadlineId);
        RegionScope scope = CurrentUser.scope();
        return jdbc.sql("""
                        select p.id, p.code, p.name, p.funding_source, p.region_code, p.bpjs_group
                        from payer p join deadline_payer dp on dp.payer_id = p.id
                        where dp.deadline_id = :id and p.region_code >= :lo and p.region_code < :hi
                        order by p.region_code, p.code
                        """)
                .param("id", deadlineId)
                .param("lo", scope.lower())
                .param("hi", scope.upper())
                .query(Payers.ROW)
                .list();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Deadline declare(NewDeadline n) {
        Limits.date("dueDate", n.dueDate(), clock);
        String title = n.title() == null ? "" : n.title().strip();
        if (title.isEmpty() || title.length() > 200) {
            throw new InvalidInputException("title", "deadline.error.title");
        }
        if (n.dueDate() == null) {
            throw new InvalidInputException("dueDate", "deadline.error.dueDate");
        }
        if (n.dueDate().isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException("dueDate", "deadline.error.past");
        }
        RegionCode region = RegionCode.tryParse(n.region())
                .orElseThrow(() -> new InvalidInputException("region", "region.error.code.format", n.region()));
        if (!regions.exists(region)) {
            throw new InvalidInputException("region", "user.error.scope.unknown", region.dotted());
        }
        CurrentUser.requireInScope(region);
        String source = n.fundingSource() == null || n.fundingSource().isBlank() ? null : n.fundingSource();
        if (source != null && !ContributionRules.FUNDING_SOURCES.contains(source)) {
            throw new InvalidInputException("fundingSource", "tariff.error.fundingSources");
        }
        String basis = n.legalBasis() == null || n.legalBasis().isBlank()
                ? null
                : n.legalBasis().strip();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into deadline (title, due_date, region_code, legal_basis, created_by)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(title, n.dueDate(), region.digits(), basis, CurrentUser.actorName())
                .update(key, "id");
        long id = key.getKey().longValue();
        int bound = jdbc.sql("""
                        insert into deadline_payer (deadline_id, payer_id)
                        select :id, p.id from payer p
                        where p.region_code >= :lo and p.region_code < :hi
                        """ + (source == null ? "" : " and p.funding_source = :source"))
                .param("id", id)
                .param("lo", region.digits())
                .param("hi", region.upperBound())
                .params(source == null ? Map.of() : Map.of("source", source))
                .update();
        if (bound == 0) {
            throw new InvalidInputException("region", "deadline.error.noPayers", region.dotted());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("judul", title);
        after.put("tanggal", n.dueDate().toString());
        after.put("wilayah", region.dotted());
        after.put("sumberDana", source);
        after.put("pembayar", bound);
        after.put("dasarHukum", basis);
        audit.record(
                AuditAction.CREATE, "DEADLINE", String.valueOf(id), region.digits(), "Tenggat: " + title, null, after);
        return get(id);
    }
}
