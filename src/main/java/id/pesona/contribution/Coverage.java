package id.pesona.contribution;

import id.pesona.shared.RegionCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The public face of contributions for the other features (claims, monitoring, home): who is covered on a date, who
 * owes what. Reads are scoped to the signed-in user's region where a user is signed in.
 */
public interface Coverage {

    /**
     * A participant's cover on a date, from the months paid so far: AKTIF when that month is paid, MENUNGGAK inside
     * the grace period, NONAKTIF beyond it, BELUM_TERDAFTAR before the first month, BERHENTI after the exit.
     *
     * @param unpaidMonths the contribution months up to the date's month not (fully) paid, oldest first, of the
     *     current run (empty when AKTIF)
     * @param amountToSettle what the payer must pay, oldest bills first, until every month up to the date's month is
     *     paid for this participant (includes other participants' older bills of the same payer, because payments
     *     settle the oldest bills first); 0 when AKTIF
     */
    record ParticipantCover(
            long participantId,
            LocalDate date,
            CoverStatus status,
            YearMonth paidThrough,
            YearMonth membershipStart,
            List<YearMonth> unpaidMonths,
            long amountToSettle,
            Payer payer) {}

    /** Participants of one village by status on a date. */
    record VillageStatus(
            RegionCode village, long registered, long aktif, long menunggak, long nonaktif, long berhenti) {}

    /** One payer's arrears on a date: outstanding by aging bucket, credit, the oldest unpaid month. */
    record PayerArrears(
            Payer payer,
            long billed,
            long received,
            long outstanding,
            long credit,
            Map<Aging.Bucket, Long> buckets,
            YearMonth oldestUnpaid,
            long participantsMenunggak,
            long participantsNonaktif) {}

    ParticipantCover coverOn(long participantId, LocalDate date);

    /** Status counts per village (desa/kelurahan) under a region, for every village with registered participants. */
    List<VillageStatus> statusByVillage(RegionCode root, LocalDate date);

    /** Payers under a region with their arrears on a date, the largest outstanding first (payers owing nothing too). */
    List<PayerArrears> arrears(RegionCode root, LocalDate asOf);
}
