package id.pesona.participant;

import id.pesona.shared.FundingSource;
import id.pesona.shared.RegionCode;
import java.time.LocalDate;

/** A worker (or village official) in the registry. */
public record Participant(
        long id,
        Nik nik,
        String noKk,
        String fullName,
        String birthPlace,
        LocalDate birthDate,
        Sex sex,
        String address,
        RegionCode village,
        Occupation occupation,
        String phone,
        Long declaredIncome,
        Long siltap,
        Segment segment,
        FundingSource fundingSource,
        String fundingName,
        int programmeYear,
        Kpj kpj,
        ParticipantStatus status,
        EndReason endReason,
        Long replacesId,
        LocalDate registeredOn,
        LocalDate endedOn,
        boolean declaredFit,
        String declarationVerifiedBy,
        String nikWarnings,
        String proposedBy) {

    /** NIK as a role may see it: whole for ADMIN and BPJS, masked for everyone else. */
    public String nikFor(boolean full) {
        return full ? nik.value() : nik.masked();
    }

    public String kpjFor(boolean full) {
        return kpj == null ? "" : full ? kpj.value() : kpj.masked();
    }
}
