/**
 * Regions of Indonesia (Kemendagri codes): the national table loaded from the shipped CSV, the tenant's tree of
 * kecamatan, desa and kelurahan with counts, and the admin's additions and renames of villages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regions")
package id.pesona.region;
