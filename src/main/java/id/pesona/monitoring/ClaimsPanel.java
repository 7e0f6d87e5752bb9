package id.pesona.monitoring;

import id.pesona.shared.RegionCode;
import java.time.LocalDate;

/**
 * EXTENSION POINT for the claims module (built in parallel): a bean implementing this interface fills the claims panel
 * and the claims lines of the reports. Until one exists the panel says that claims are not available; monitoring never
 * shows numbers it does not have.
 */
public interface ClaimsPanel {

    /** Claims under a region with an incident in the period, amounts in whole Rupiah. */
    record ClaimFigures(long reported, long paid, long blocked, long rejected, long amountPaid) {}

    ClaimFigures figures(RegionCode root, LocalDate from, LocalDate to);
}
