package id.pesona.claim;

import java.time.LocalDate;

/** One effective-dated benefit rule row with its legal basis. Money in whole Rupiah, rates in basis points. */
public record BenefitRule(
        long id,
        BenefitCode code,
        LocalDate validFrom,
        Long amount,
        Integer incomeMultiple,
        Integer basisPoints,
        Integer quantity,
        Integer months,
        String legalBasis,
        String createdBy) {}
