package id.pesona.region;

import id.pesona.shared.RegionCode;
import id.pesona.shared.RegionLevel;

/** A province, regency, kecamatan, desa or kelurahan. */
public record Region(RegionCode code, String name, RegionLevel level, RegionCode parent, String decree) {

    public String dotted() {
        return code.dotted();
    }
}
