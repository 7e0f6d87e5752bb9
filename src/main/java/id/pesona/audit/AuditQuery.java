package id.pesona.audit;

import java.time.LocalDate;

/** Filters of the audit list; {@code beforeId} pages backwards through the trail (keyset pagination). */
public record AuditQuery(
        String actor,
        AuditAction action,
        String entityType,
        String entityId,
        LocalDate from,
        LocalDate to,
        Long beforeId,
        int limit) {

    public AuditQuery {
        limit = limit <= 0 || limit > 500 ? 50 : limit;
        actor = blankToNull(actor);
        entityType = blankToNull(entityType);
        entityId = blankToNull(entityId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
