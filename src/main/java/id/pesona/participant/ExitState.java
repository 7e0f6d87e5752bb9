package id.pesona.participant;

/** A village's request that a worker leave the programme: asked, then confirmed or refused by the Dinas or BPJS. */
public enum ExitState {
    DIAJUKAN,
    DISETUJUI,
    DITOLAK;

    /** A state typed in a filter (any case); a clear message for anything else. */
    static ExitState parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new id.pesona.shared.InvalidInputException("state", "exit.error.filter");
        }
    }

    public String messageKey() {
        return "exit.state." + name();
    }
}
