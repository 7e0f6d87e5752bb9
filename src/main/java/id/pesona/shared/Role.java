package id.pesona.shared;

/** The roles of Pesona. What each may do is documented in README and enforced in the security configuration. */
public enum Role {
    /** Dinas Nakertrans: everything. */
    ADMIN,
    /** BPJS Ketenagakerjaan branch officer: registry, KPJ numbers, payments, claims. */
    BPJS,
    /** Leadership: read-only, all regions. */
    PIMPINAN,
    /** Camat: read-only, own kecamatan. */
    CAMAT,
    /** Kepala desa, lurah or village operator: own village only; proposes participants. */
    DESA;

    public String authority() {
        return "ROLE_" + name();
    }

    /** The level a user's scope must have for this role, or null when any level (or national) fits. */
    public RegionLevel requiredScopeLevel() {
        return switch (this) {
            case CAMAT -> RegionLevel.KECAMATAN;
            case DESA -> RegionLevel.DESA;
            default -> null;
        };
    }

    public boolean isReadOnly() {
        return this == PIMPINAN || this == CAMAT;
    }

    public String messageKey() {
        return "role." + name().toLowerCase();
    }
}
