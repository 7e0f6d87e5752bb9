package id.pesona.participant;

import id.pesona.shared.RegionCode;
import java.time.Instant;
import java.time.LocalDate;

/** A village's request to end one worker's membership, with the decision once made. */
public record ExitRequest(
        long id,
        long participantId,
        String participantName,
        ParticipantStatus participantStatus,
        RegionCode village,
        EndReason reason,
        LocalDate exitOn,
        String note,
        ExitState state,
        String requestedBy,
        Instant requestedAt,
        String decidedBy,
        Instant decidedAt,
        String rejectionReason) {

    public boolean open() {
        return state == ExitState.DIAJUKAN;
    }
}
