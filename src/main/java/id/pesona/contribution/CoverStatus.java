package id.pesona.contribution;

/** A participant's cover on a date (BPJS business process, Perdir 22/PERDIR.02/072022). */
public enum CoverStatus {
    /** Not registered yet on that date. */
    BELUM_TERDAFTAR,
    /** The month is paid: protected. */
    AKTIF,
    /** Unpaid but inside the grace period: incidents are blocked (terhambat) until the arrears are paid. */
    MENUNGGAK,
    /** Beyond the grace period: not protected; paying again starts a new membership. */
    NONAKTIF,
    /** Membership ended (death, moved, age limit, resigned, replaced). */
    BERHENTI
}
