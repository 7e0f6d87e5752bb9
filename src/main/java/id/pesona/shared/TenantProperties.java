package id.pesona.shared;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The regency (or province) this installation serves. Tojo Una-Una (72.09) is the default tenant; another regency
 * changes {@code pesona.tenant.region-code} and its name.
 */
@ConfigurationProperties("pesona.tenant")
public record TenantProperties(
        @DefaultValue("72.09") String regionCode,
        @DefaultValue("Kabupaten Tojo Una-Una") String name,
        @DefaultValue("Asia/Makassar") String timeZone) {

    public RegionCode root() {
        return RegionCode.parse(regionCode);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
