package id.pesona.claim;

import java.util.Set;

/**
 * The tracking of a claim: reported, documents complete, submitted to BPJS, then paid or refused. A refusal may come
 * at any open step; payment only after submission.
 */
public enum ClaimStatus {
    DILAPORKAN,
    BERKAS_LENGKAP,
    DIAJUKAN_KE_BPJS,
    DIBAYAR,
    DITOLAK;

    public boolean isOpen() {
        return this != DIBAYAR && this != DITOLAK;
    }

    /** The steps that may follow this one. */
    public Set<ClaimStatus> next() {
        return switch (this) {
            case DILAPORKAN -> Set.of(BERKAS_LENGKAP, DITOLAK);
            case BERKAS_LENGKAP -> Set.of(DIAJUKAN_KE_BPJS, DITOLAK);
            case DIAJUKAN_KE_BPJS -> Set.of(DIBAYAR, DITOLAK);
            case DIBAYAR, DITOLAK -> Set.of();
        };
    }

    public boolean canMoveTo(ClaimStatus target) {
        return next().contains(target);
    }

    public String messageKey() {
        return "claim.status." + name();
    }
}
