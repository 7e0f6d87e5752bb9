package id.pesona.claim;

import id.pesona.shared.RegionCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * A claim as stored: the incident, who reported it, its step, and the last eligibility assessment (verdict, and for a
 * blocked claim the arrears behind it: payer, months, amount).
 */
public record Claim(
        long id,
        long participantId,
        String participantName,
        RegionCode village,
        ClaimType type,
        LocalDate incidentDate,
        String place,
        String description,
        Circumstance circumstance,
        Outcome outcome,
        Integer stmbDays,
        Integer disabilityBasisPoints,
        Integer functionLossBasisPoints,
        Transport transport,
        String cause,
        String reporterName,
        String reporterPhone,
        LocalDate reportedOn,
        ClaimStatus status,
        Verdict verdict,
        long arrearsAmount,
        String arrearsMonths,
        String arrearsPayer,
        long estimateTotal,
        LocalDate assessedOn,
        Long paidAmount,
        LocalDate paidOn,
        String rejectionReason,
        String createdBy) {

    /** The unpaid months behind a blocked claim, oldest first. */
    public List<YearMonth> unpaidMonths() {
        if (arrearsMonths == null || arrearsMonths.isBlank()) {
            return List.of();
        }
        return Arrays.stream(arrearsMonths.split(",")).map(YearMonth::parse).toList();
    }

    public boolean isDeath() {
        return type == ClaimType.JKM || outcome == Outcome.MENINGGAL;
    }
}
