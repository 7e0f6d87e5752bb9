package id.pesona.region;

import id.pesona.shared.RegionCode;
import id.pesona.shared.RegionLevel;

/** A child region in a listing with the number of regions of each level below it. */
public record RegionSummary(
        RegionCode code, String name, RegionLevel level, long kecamatan, long desa, long kelurahan) {

    public String dotted() {
        return code.dotted();
    }

    public long villages() {
        return desa + kelurahan;
    }
}
