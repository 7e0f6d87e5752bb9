/**
 * Claims (klaim): incident reports for JKK and JKM, eligibility at the incident date from the participant's cover,
 * benefit estimates from effective-dated benefit rules with their legal basis, and the tracking of each claim from
 * report to payment or refusal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Claims")
package id.pesona.claim;
