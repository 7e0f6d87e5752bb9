/**
 * Contributions (iuran): who owes what for which month, how payments settle it, and what that means for each
 * participant's cover on any date. The rules here are plain functions over values (allocation, status, aging); the
 * billing run and the ledger tables build on them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contributions")
package id.pesona.contribution;
