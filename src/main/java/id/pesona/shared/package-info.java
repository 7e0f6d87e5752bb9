/**
 * Shared kernel: the value types every feature speaks ({@link id.pesona.shared.RegionCode}, {@link
 * id.pesona.shared.RegionScope}, {@link id.pesona.shared.Rupiah}), the signed-in user's role and scope, formatting,
 * the business clock and the web frame (locale, errors, layout model).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package id.pesona.shared;
