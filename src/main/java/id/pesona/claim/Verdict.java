package id.pesona.claim;

/** Eligibility of an incident at its date. */
public enum Verdict {
    /** Covered: the month was paid. */
    DITANGGUNG,
    /** Blocked: contributions unpaid but inside the grace period; BPJS decides after the arrears are paid. */
    TERHAMBAT,
    /** Not covered: not yet registered, beyond the grace period, membership ended, or the right has lapsed. */
    TIDAK_DITANGGUNG;

    public String messageKey() {
        return "claim.verdict." + name();
    }
}
