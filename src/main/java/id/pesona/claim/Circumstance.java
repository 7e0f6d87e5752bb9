package id.pesona.claim;

/** Where a work accident happened: at the place of work, or on the way to or from it. */
public enum Circumstance {
    DI_TEMPAT_KERJA,
    PERJALANAN;

    public String messageKey() {
        return "claim.circumstance." + name();
    }
}
