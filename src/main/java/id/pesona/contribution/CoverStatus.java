package id.pesona.contribution;

/** A participant's cover on a date (BPJS business process, Perdir 22/PERDIR.02/072022). */
public enum CoverStatus {
    /** Not registered yet on that date. */
    BELUM_TERDAFTAR,
    /** The month is paid: protected. */
    AKTIF,
    /**
     * The month is unpaid but its due date (the 15th, rule data) has not passed: not arrears yet. Cover is not
     * confirmed: an incident in it is blocked (terhambat) until the month is paid, as in MENUNGGAK.
     */
    BELUM_DIBAYAR,
    /** Unpaid but inside the grace period: incidents are blocked (terhambat) until the arrears are paid. */
    MENUNGGAK,
    /** Beyond the grace period: not protected; paying again starts a new membership. */
    NONAKTIF,
    /** Membership ended (death, moved, age limit, resigned, replaced). */
    BERHENTI;

    /** Whether an incident on a day with this status waits for a payment (terhambat) rather than being covered. */
    public boolean blocksUntilPaid() {
        return this == MENUNGGAK || this == BELUM_DIBAYAR;
    }
}
