package id.pesona.shared;

/** Who funds a worker's contributions. */
public enum FundingSource {
    /** The village budget (Dana Desa, ADD, PADes, ...). */
    APBDES,
    /** The regency budget (kelurahan workers). */
    APBD_KABUPATEN,
    /** The province budget (Sulawesi Tengah's own cover since November 2025). */
    APBD_PROVINSI,
    /** Another named funder (CSR, donors). */
    LAINNYA;

    public String messageKey() {
        return "funding." + name();
    }
}
