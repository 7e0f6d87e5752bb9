package id.pesona.audit;

import java.time.Instant;

/** One row of the audit trail. */
public record AuditEvent(
        long id,
        Instant occurredAt,
        String actor,
        AuditAction action,
        String entityType,
        String entityId,
        String regionCode,
        String summary,
        String before,
        String after) {}
