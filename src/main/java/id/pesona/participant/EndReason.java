package id.pesona.participant;

/** Why a membership ended. */
public enum EndReason {
    MENINGGAL,
    PINDAH,
    BATAS_USIA,
    MENGUNDURKAN_DIRI,
    DIGANTI;

    public String messageKey() {
        return "endReason." + name();
    }
}
