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
     * A participant's cover on a date, from the months paid so far: AKTIF when that month is paid, BELUM_DIBAYAR when
     * only that month is unpaid and its due date has not passed (not arrears; an incident is still terhambat until it
     * is paid), MENUNGGAK inside the grace period, NONAKTIF beyond it, BELUM_TERDAFTAR before the first month,
     * BERHENTI after the exit.
     *
     * @param unpaidMonths the contribution months up to the date's month not (fully) paid, oldest first, of the
     *     current run (empty when AKTIF)
     * @param amountToSettle what the payer must pay, oldest bills first, until every month up to the date's month is
     *     paid for this participant (includes other participants' older bills of the same payer, because payments
     *     settle the oldest bills first); 0 when AKTIF
     * @param dueDate the due date of the oldest unpaid month (null when none is unpaid)
     */
    record ParticipantCover(
            long participantId,
            LocalDate date,
            CoverStatus status,
            YearMonth paidThrough,
            YearMonth membershipStart,
            List<YearMonth> unpaidMonths,
            long amountToSettle,
            Payer payer,
            LocalDate dueDate) {}

    /**
     * Participants of one village by status on a date: {@code registered} counts everyone registered by then, so
     * {@code registered = aktif + belumDibayar + menunggak + nonaktif + berhenti}.
     */
    record VillageStatus(
            RegionCode village,
            long registered,
            long aktif,
            long belumDibayar,
            long menunggak,
            long nonaktif,
            long berhenti) {

        /** Registered and not ended on the date: the participants the status columns divide among them. */
        public long covered() {
            return aktif + belumDibayar + menunggak + nonaktif;
        }
    }

    /**
     * One payer's arrears on a date: outstanding (billed and unpaid) by aging bucket, the buckets summing to it,
     * {@link Aging.Bucket#BELUM_JATUH_TEMPO} included; credit; the oldest unpaid month.
     */
    record PayerArrears(
            Payer payer,
            long billed,
            long received,
            long outstanding,
            long credit,
            Map<Aging.Bucket, Long> buckets,
            YearMonth oldestUnpaid,
            long participantsMenunggak,
            long participantsNonaktif) {

        /** Billed and unpaid but not due yet: not arrears. */
        public long notDue() {
            return buckets.getOrDefault(Aging.Bucket.BELUM_JATUH_TEMPO, 0L);
        }

        /** Unpaid past the due date: the arrears proper. */
        public long overdue() {
            return outstanding - notDue();
        }
    }

    ParticipantCover coverOn(long participantId, LocalDate date);

    /** Status counts per village (desa/kelurahan) under a region, for every village with registered participants. */
    List<VillageStatus> statusByVillage(RegionCode root, LocalDate date);

    /** Payers under a region with their arrears on a date, the largest outstanding first (payers owing nothing too). */
    List<PayerArrears> arrears(RegionCode root, LocalDate asOf);
}
