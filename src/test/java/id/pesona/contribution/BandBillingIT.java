package id.pesona.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import id.pesona.access.TestAccounts;
import id.pesona.support.Billing;
import id.pesona.support.IntegrationTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The billing run maps each declared income to its band with a join on {@code income_band} (set-based SQL), on both
 * databases: the lines are hand-computed from domain.md and agree with {@link IncomeBands} in Java.
 */
class BandBillingIT extends IntegrationTest {

    /** A village no other test uses: its payer carries only this test's bills. */
    static final String BETAUA = "7209082005";

    @Autowired
    TestAccounts accounts;

    @Autowired
    ContributionRules rules;

    record Line(long jkk, long jkm, long amount) {}

    Line line(long participant, String month) {
        return jdbc.sql("""
                        select jkk, jkm, amount from bill_line
                        where participant_id = ? and contribution_month = ? and kind = 'TAGIHAN'
                        """)
                .params(participant, LocalDate.parse(month + "-01"))
                .query((rs, n) -> new Line(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
    }

    @ParameterizedTest(name = "{0}: declared {1} billed JKK {2} + JKM {3}")
    @CsvSource(textBlock = """
            # rule (regulation),                                                  declared, JKK,   JKM
            # below the lowest band: billed at Rp1.000.000 (JKK 1 % = Rp10.000), not 1 % of Rp500.000 = Rp5.000
            Permenaker 5/2021 Lampiran (terendah Rp1.000.000); PP 82/2019 JKK 1 %,  500000,   10000, 6800
            Permenaker 5/2021 Lampiran (terendah Rp1.000.000); PP 82/2019 JKK 1 %,  0,        10000, 6800
            Permenaker 5/2021 Lampiran (terendah Rp1.000.000); PP 82/2019 JKK 1 %,  999999,   10000, 6800
            Permenaker 5/2021 Lampiran (terendah Rp1.000.000); PP 82/2019 JKK 1 %,  1000000,  10000, 6800
            # above the lowest band as declared (konfirmasi); 1 % of Rp1.000.001 rounds half up to Rp10.000
            Permenaker 5/2021 Lampiran (konfirmasi); PP 82/2019 JKK 1 %,            1000001,  10000, 6800
            Permenaker 5/2021 Lampiran (konfirmasi); PP 82/2019 JKK 1 %,            1500000,  15000, 6800
            """)
    void aDeclaredIncomeIsBilledAtItsBand(String rule, long declared, long jkk, long jkm) {
        Billing.months(mvc, accounts.as("t.admin"), "2025-12");
        long p = Fixtures.registered(jdbc, BETAUA, "APBDES", declared, LocalDate.of(2025, 11, 3), null);
        // billing December again adds the lines of participants registered since
        Billing.months(mvc, accounts.as("t.admin"), "2025-12");
        Line l = line(p, "2025-12");
        assertThat(l).isEqualTo(new Line(jkk, jkm, jkk + jkm));
        // the same mapping in Java (benefit estimates and the budget planner read it)
        long java = rules.tariffs().total(List.of("JKK", "JKM"), "BPU", YearMonth.of(2025, 12), "APBDES", declared);
        assertThat(l.amount()).isEqualTo(java);
    }

    @Test
    void theBillOfTheVillageIsTheSumOfItsBandedLines() {
        Billing.months(mvc, accounts.as("t.admin"), "2025-12");
        String village = "7209082006";
        Fixtures.registered(jdbc, village, "APBDES", 500_000, LocalDate.of(2025, 11, 3), null);
        Fixtures.registered(jdbc, village, "APBDES", 750_000, LocalDate.of(2025, 11, 3), null);
        Fixtures.registered(jdbc, village, "APBDES", 2_000_000, LocalDate.of(2025, 11, 3), null);
        Billing.months(mvc, accounts.as("t.admin"), "2025-12");
        // 2 × (10.000 + 6.800) at the lowest band + (20.000 + 6.800) = 33.600 + 26.800
        long total = jdbc.sql("""
                        select coalesce(sum(l.amount), 0) from bill_line l join bill b on b.id = l.bill_id
                        join payer py on py.id = b.payer_id
                        where py.code = ? and b.contribution_month = date '2025-12-01'
                        """).param("APBDES-" + village).query(Long.class).single();
        assertThat(total).isEqualTo(60_400L);
    }

    @Test
    void everySeededBandTableStartsAtZeroAndLeavesNoGap() {
        IncomeBands bands = rules.bands();
        assertThat(bands.rows()).isNotEmpty();
        for (IncomeBand row : bands.rows()) {
            var table = bands.inForce(row.segment(), row.validFrom());
            assertThat(table.get(0).incomeFrom()).isZero();
            for (int i = 1; i < table.size(); i++) {
                assertThat(table.get(i - 1).incomeTo()).isNotNull();
                assertThat(table.get(i).incomeFrom()).isEqualTo(table.get(i - 1).incomeTo() + 1);
            }
            assertThat(table.get(table.size() - 1).incomeTo()).isNull();
            assertThat(row.legalBasis()).isNotBlank();
        }
        assertThat(bands.insured("BPU", LocalDate.of(2025, 12, 1), 500_000)).isEqualTo(1_000_000L);
    }
}
