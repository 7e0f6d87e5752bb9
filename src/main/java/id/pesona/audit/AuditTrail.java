package id.pesona.audit;

import id.pesona.shared.CurrentUser;
import id.pesona.shared.TenantProperties;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way into the audit trail. A change is recorded in the transaction that makes it, so a change and its audit
 * row are written together or not at all.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final java.time.ZoneId zone;

    AuditTrail(JdbcClient jdbc, JsonMapper json, Clock clock, TenantProperties tenant) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.zone = tenant.zone();
    }

    /** Records a change by the signed-in user (or "sistem"). {@code before} or {@code after} may be null. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            AuditAction action,
            String entityType,
            String entityId,
            String regionCode,
            String summary,
            Map<String, ?> before,
            Map<String, ?> after) {
        insert(CurrentUser.actorName(), action, entityType, entityId, regionCode, summary, before, after);
    }

    /** Records an export (a download of data), with what was exported and under which filter. */
    @Transactional
    public void export(String entityType, String regionCode, String summary, Map<String, ?> filter) {
        insert(CurrentUser.actorName(), AuditAction.EXPORT, entityType, null, regionCode, summary, null, filter);
    }

    /** Records a security event that has no signed-in user yet (a lock-out after failed logins). */
    @Transactional
    public void security(String actor, AuditAction action, String entityId, String summary) {
        insert(actor, action, "USER", entityId, null, summary, null, null);
    }

    private void insert(
            String actor,
            AuditAction action,
            String entityType,
            String entityId,
            String regionCode,
            String summary,
            Map<String, ?> before,
            Map<String, ?> after) {
        jdbc.sql("""
                        insert into audit_event (occurred_at, actor, action, entity_type, entity_id, region_code,
                                                 summary, before_value, after_value)
                        values (:at, :actor, :action, :type, :id, :region, :summary, :before, :after)
                        """)
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("actor", actor)
                .param("action", action.name())
                .param("type", entityType)
                .param("id", entityId)
                .param("region", regionCode)
                .param("summary", summary == null ? null : truncate(summary, 500))
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .update();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** Newest first, filtered; pages backwards with {@link AuditQuery#beforeId()}. */
    @Transactional(readOnly = true)
    public List<AuditEvent> find(AuditQuery q) {
        StringBuilder sql = new StringBuilder("""
                select id, occurred_at, actor, action, entity_type, entity_id, region_code, summary,
                       before_value, after_value
                from audit_event where 1 = 1
                """);
        List<Object> params = new ArrayList<>();
        if (q.actor() != null) {
            sql.append(" and actor = ?");
            params.add(q.actor());
        }
        if (q.action() != null) {
            sql.append(" and action = ?");
            params.add(q.action().name());
        }
        if (q.entityType() != null) {
            sql.append(" and entity_type = ?");
            params.add(q.entityType());
        }
        if (q.entityId() != null) {
            sql.append(" and entity_id = ?");
            params.add(q.entityId());
        }
        if (q.from() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(q.from().atStartOfDay(zone).toOffsetDateTime());
        }
        if (q.to() != null) {
            sql.append(" and occurred_at < ?");
            params.add(q.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        if (q.beforeId() != null) {
            sql.append(" and id < ?");
            params.add(q.beforeId());
        }
        sql.append(" order by id desc fetch first ").append(q.limit()).append(" rows only");
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> new AuditEvent(
                        rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"),
                        AuditAction.valueOf(rs.getString("action")),
                        rs.getString("entity_type"),
                        rs.getString("entity_id"),
                        rs.getString("region_code"),
                        rs.getString("summary"),
                        rs.getString("before_value"),
                        rs.getString("after_value")))
                .list();
    }

    /** The entity types that occur in the trail, for the filter drop-down. */
    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        return jdbc.sql("select distinct entity_type from audit_event order by entity_type")
                .query(String.class)
                .list();
    }
}
