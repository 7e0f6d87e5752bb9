package id.pesona.participant;

/** The registry lifecycle: proposed by the village, verified by the Dinas, registered by BPJS, stopped. */
public enum ParticipantStatus {
    DIUSULKAN,
    DIVERIFIKASI,
    TERDAFTAR,
    BERHENTI;

    public String messageKey() {
        return "pstatus." + name();
    }

    public boolean active() {
        return this != BERHENTI;
    }
}
