package id.pesona.claim;

import java.time.LocalDate;
import java.util.List;

/**
 * An incident report as typed on the form or sent to the API. {@code functionLossPercent} is the reduction of function
 * of a functional partial disability (empty for an anatomical one); {@code transport} the way a work-accident victim was
 * taken to care (DARAT, LAUT, UDARA; empty when none or not known).
 */
public record NewClaim(
        Long participantId,
        String type,
        LocalDate incidentDate,
        String place,
        String description,
        String circumstance,
        String outcome,
        Integer stmbDays,
        String disabilityPercent,
        String functionLossPercent,
        String transport,
        String cause,
        String reporterName,
        String reporterPhone,
        List<Long> heirIds) {}
