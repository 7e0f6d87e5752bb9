/**
 * Audit trail: the one way in ({@link id.pesona.audit.AuditTrail}) for every create, update, delete and export, with
 * who, when and the values before and after; and the admin page that lists and filters it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package id.pesona.audit;
