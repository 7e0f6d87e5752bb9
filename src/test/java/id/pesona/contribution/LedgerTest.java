package id.pesona.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class LedgerTest {

    static final LocalDate D = LocalDate.of(2025, 12, 19);

    /** Two workers, three months at Rp16.800. */
    static List<Charge> threeMonthsTwoWorkers() {
        List<Charge> c = new ArrayList<>();
        long id = 1;
        for (int m = 10; m <= 12; m++) {
            c.add(new Charge(id++, 1, YearMonth.of(2025, m), 16_800));
            c.add(new Charge(id++, 2, YearMonth.of(2025, m), 16_800));
        }
        return c;
    }

    @Test
    void paymentsSettleTheOldestMonthsFirst() {
        Ledger l = Ledger.of(threeMonthsTwoWorkers(), List.of(PaymentEntry.of(1, D, 33_600)));
        assertThat(l.paidMonths()).containsEntry(1L, Set.of(YearMonth.of(2025, 10)));
        assertThat(l.paidMonths()).containsEntry(2L, Set.of(YearMonth.of(2025, 10)));
        assertThat(l.outstanding()).isEqualTo(67_200);
        assertThat(l.credit()).isZero();
    }

    @Test
    void aPartialPaymentCoversWorkerByWorkerWithinTheMonth() {
        Ledger l = Ledger.of(threeMonthsTwoWorkers(), List.of(PaymentEntry.of(1, D, 20_000)));
        assertThat(l.paidMonths()).containsOnlyKeys(1L);
        assertThat(l.dues().get(1).paid()).isEqualTo(3_200);
        assertThat(l.outstandingByMonth()).containsEntry(YearMonth.of(2025, 10), 13_600L);
    }

    @Test
    void aSurplusStaysAsCreditForTheNextBills() {
        Ledger l = Ledger.of(threeMonthsTwoWorkers(), List.of(PaymentEntry.of(1, D, 120_000)));
        assertThat(l.outstanding()).isZero();
        assertThat(l.credit()).isEqualTo(120_000 - 100_800);
        // the next month's bill is paid from the credit
        List<Charge> next = new ArrayList<>(threeMonthsTwoWorkers());
        next.add(new Charge(7, 1, YearMonth.of(2026, 1), 16_800));
        Ledger later = Ledger.of(next, List.of(PaymentEntry.of(1, D, 120_000)));
        assertThat(later.paidMonths().get(1L)).contains(YearMonth.of(2026, 1));
        assertThat(later.credit()).isEqualTo(2_400);
    }

    @Test
    void prepaymentForAYearCoversEveryMonth() {
        List<Charge> year = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            year.add(new Charge(m, 9, YearMonth.of(2026, m), 16_800));
        }
        Ledger l = Ledger.of(year, List.of(PaymentEntry.of(1, LocalDate.of(2026, 1, 5), 201_600)));
        assertThat(l.paidMonths().get(9L)).hasSize(12);
        assertThat(l.outstanding()).isZero();
    }

    @Test
    void aReversedPaymentStopsCountingButStaysInTheLedger() {
        PaymentEntry wrong = PaymentEntry.of(1, D, 100_800);
        PaymentEntry reversal = PaymentEntry.reversal(2, D.plusDays(1), wrong);
        Ledger l = Ledger.of(threeMonthsTwoWorkers(), List.of(wrong, reversal, PaymentEntry.of(3, D, 33_600)));
        assertThat(l.received()).isEqualTo(33_600);
        assertThat(l.paid()).isEqualTo(33_600);
        assertThat(l.outstanding()).isEqualTo(67_200);
    }

    @Test
    void aCorrectingLineForAnExitCancelsTheMonth() {
        List<Charge> c = new ArrayList<>(threeMonthsTwoWorkers());
        c.add(new Charge(99, 2, YearMonth.of(2025, 12), -16_800));
        Ledger l = Ledger.of(c, List.of());
        assertThat(l.billed()).isEqualTo(5 * 16_800);
        assertThat(l.outstandingByMonth()).containsEntry(YearMonth.of(2025, 12), 16_800L);
    }

    /** The ledger invariants hold for any mix of bills, partial payments, prepayments, corrections and reversals. */
    @RepeatedTest(300)
    void invariantsHoldForRandomLedgers(RepetitionInfo info) {
        Random r = new Random(info.getCurrentRepetition());
        List<Charge> charges = new ArrayList<>();
        int workers = 1 + r.nextInt(6);
        int months = 1 + r.nextInt(15);
        long id = 1;
        for (int m = 0; m < months; m++) {
            for (int w = 1; w <= workers; w++) {
                YearMonth ym = YearMonth.of(2025, 1).plusMonths(m);
                long amount = r.nextBoolean() ? 16_800 : 8_400;
                charges.add(new Charge(id++, w, ym, amount));
                if (r.nextInt(10) == 0) {
                    charges.add(new Charge(id++, w, ym, -amount));
                }
            }
        }
        List<PaymentEntry> payments = new ArrayList<>();
        for (int p = 1; p <= r.nextInt(6); p++) {
            PaymentEntry pay = PaymentEntry.of(p, D, 1 + r.nextInt(300_000));
            payments.add(pay);
            if (r.nextInt(4) == 0) {
                payments.add(PaymentEntry.reversal(100 + p, D, pay));
            }
        }
        Ledger l = Ledger.of(charges, payments);
        assertThat(l.received()).isEqualTo(l.allocated() + l.credit());
        assertThat(l.billed()).isEqualTo(l.paid() + l.outstanding());
        assertThat(l.credit()).isGreaterThanOrEqualTo(0);
        assertThat(l.credit() == 0 || l.outstanding() == 0)
                .as("no credit while bills are open")
                .isTrue();
        // oldest first: no unpaid month before a paid one for the same payer
        YearMonth lastSettled = null;
        YearMonth firstOpen = null;
        for (Ledger.Due d : l.dues()) {
            if (d.paid() > 0) {
                lastSettled = d.month();
            }
            if (d.outstanding() > 0 && firstOpen == null) {
                firstOpen = d.month();
            }
        }
        if (firstOpen != null && lastSettled != null) {
            assertThat(lastSettled).isBeforeOrEqualTo(firstOpen);
        }
    }
}
