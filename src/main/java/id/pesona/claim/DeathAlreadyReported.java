package id.pesona.claim;

import id.pesona.shared.ConflictException;

/**
 * A second death report for a worker whose death claim is open or paid: a worker dies once. Carries the existing
 * claim so the page links it and the API names it (409).
 */
public class DeathAlreadyReported extends ConflictException {

    private final long existingClaimId;

    DeathAlreadyReported(String participantName, long existingClaimId) {
        super("participantId", "claim.error.deathTwice", participantName, String.valueOf(existingClaimId));
        this.existingClaimId = existingClaimId;
    }

    public long existingClaimId() {
        return existingClaimId;
    }
}
