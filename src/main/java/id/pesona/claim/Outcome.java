package id.pesona.claim;

/** What a work accident did to the worker. */
public enum Outcome {
    /** Medical treatment only. */
    PERAWATAN,
    /** Sementara tidak mampu bekerja: temporary incapacity, for a number of days. */
    STMB,
    /** Permanent partial disability, a percentage. */
    CACAT_SEBAGIAN,
    /** Permanent total disability. */
    CACAT_TOTAL,
    /** Death. */
    MENINGGAL;

    public String messageKey() {
        return "claim.outcome." + name();
    }
}
