package id.pesona.shared;

/** Administrative levels of the Kemendagri region table. */
public enum RegionLevel {
    PROVINSI,
    KABUPATEN,
    KECAMATAN,
    DESA,
    KELURAHAN;

    public boolean isVillage() {
        return this == DESA || this == KELURAHAN;
    }

    /** Length in digits of a code at this level. */
    public int codeLength() {
        return switch (this) {
            case PROVINSI -> 2;
            case KABUPATEN -> 4;
            case KECAMATAN -> 6;
            case DESA, KELURAHAN -> 10;
        };
    }

    public String messageKey() {
        return "region.level." + name().toLowerCase();
    }
}
