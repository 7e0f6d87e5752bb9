package id.pesona.audit;

/** What happened to a record. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    EXPORT,
    LOCK,
    LOGIN;

    public String messageKey() {
        return "audit.action." + name().toLowerCase();
    }
}
