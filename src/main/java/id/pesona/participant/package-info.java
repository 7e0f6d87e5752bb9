/**
 * The participant registry (kepesertaan): pekerja rentan and perangkat desa with their identifiers (NIK, No. KK, KPJ),
 * heirs, quotas per village and year, and the lifecycle from a village's proposal to BPJS registration and exit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Participants")
package id.pesona.participant;
