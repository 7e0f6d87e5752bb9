package id.pesona.contribution;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Workers of Kecamatan Ulubongka (72.09.06), which no other test touches, each with a donor payer of their own (funding
 * LAINNYA, so no billing run bills them) billed every month from registration through December 2026 at Rp16.800 and
 * paid by one payment through a chosen month. On 3 December 2026 (December falls due on Tuesday the 15th):
 *
 * <pre>
 * Tampanombo (72.09.06.2001)                              Bonebae II (72.09.06.2002)
 *   registered 3 Dec 2026, nothing paid   BELUM_DIBAYAR     registered Feb 2026, paid to Aug   NONAKTIF (4 unpaid)
 *   registered Jun 2026, paid to Dec      AKTIF             registered Feb 2026, nothing paid  NONAKTIF
 *   registered Jun 2026, paid to Nov      BELUM_DIBAYAR     registered Sep 2026, paid to Sep   MENUNGGAK (Oct, Nov)
 *   registered Jun 2026, paid to Oct      MENUNGGAK
 *   registered Jan 2026, paid to Jul      NONAKTIF
 *   registered Jan 2026, ended 30 Nov     BERHENTI
 * </pre>
 *
 * Registered on 3 December: 8 (Tampanombo 5, Bonebae II 3). Bills of December 2026 are not due: Rp16.800 for each of
 * the 8 and the ended worker's none (she is billed to November).
 */
public final class StatusFixture {

    public static final String KECAMATAN = "72.09.06";
    public static final String TAMPANOMBO = "7209062001";
    public static final String BONEBAE = "7209062002";
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    /** 10:00 in Ampana (WITA) on {@link #TODAY}. */
    public static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");

    static final YearMonth LAST_BILLED = YearMonth.of(2026, 12);
    static final long MONTHLY = 16_800;

    private record Worker(String village, LocalDate registeredOn, LocalDate endedOn, YearMonth paidThrough) {}

    private static final List<Worker> WORKERS = List.of(
            new Worker(TAMPANOMBO, LocalDate.of(2026, 12, 3), null, null),
            new Worker(TAMPANOMBO, LocalDate.of(2026, 6, 1), null, YearMonth.of(2026, 12)),
            new Worker(TAMPANOMBO, LocalDate.of(2026, 6, 1), null, YearMonth.of(2026, 11)),
            new Worker(TAMPANOMBO, LocalDate.of(2026, 6, 1), null, YearMonth.of(2026, 10)),
            new Worker(TAMPANOMBO, LocalDate.of(2026, 1, 1), null, YearMonth.of(2026, 7)),
            new Worker(TAMPANOMBO, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 30), YearMonth.of(2026, 11)),
            new Worker(BONEBAE, LocalDate.of(2026, 2, 1), null, YearMonth.of(2026, 8)),
            new Worker(BONEBAE, LocalDate.of(2026, 2, 1), null, null),
            new Worker(BONEBAE, LocalDate.of(2026, 9, 1), null, YearMonth.of(2026, 9)));

    private static Map<Long, Long> payers;

    private StatusFixture() {}

    /**
     * Loads the workers once and refreshes their payers' cover (another test's refresh of every payer leaves it the
     * same, but a test may have moved the clock). Returns each participant's payer, by participant id.
     */
    public static synchronized Map<Long, Long> load(ApplicationContext context) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        if (payers == null) {
            payers = create(jdbc);
        }
        PayerLedgers ledgers = context.getBean(PayerLedgers.class);
        new TransactionTemplate(context.getBean(org.springframework.transaction.PlatformTransactionManager.class))
                .executeWithoutResult(s -> ledgers.refresh(List.copyOf(payers.values())));
        return payers;
    }

    private static Map<Long, Long> create(JdbcClient jdbc) {
        Map<Long, Long> out = new LinkedHashMap<>();
        OffsetDateTime at = OffsetDateTime.parse("2026-12-01T00:00:00Z");
        int n = 0;
        for (Worker w : WORKERS) {
            n++;
            long id = Fixtures.registered(jdbc, w.village(), "LAINNYA", 1_000_000, w.registeredOn(), w.endedOn());
            String code = "UJI-STATUS-" + n;
            jdbc.sql("insert into payer (code, name, funding_source, region_code) values (?, ?, 'LAINNYA', ?)")
                    .params(code, "Donatur Uji Status " + n, w.village())
                    .update();
            long payer = jdbc.sql("select id from payer where code = ?")
                    .param(code)
                    .query(Long.class)
                    .single();
            YearMonth last = w.endedOn() == null ? LAST_BILLED : YearMonth.from(w.endedOn());
            List<YearMonth> months = new ArrayList<>();
            for (YearMonth m = YearMonth.from(w.registeredOn()); !m.isAfter(last); m = m.plusMonths(1)) {
                months.add(m);
            }
            for (YearMonth m : months) {
                jdbc.sql("insert into bill (payer_id, contribution_month, created_at) values (?, ?, ?)")
                        .params(payer, m.atDay(1), at)
                        .update();
                long bill = jdbc.sql("select id from bill where payer_id = ? and contribution_month = ?")
                        .params(payer, m.atDay(1))
                        .query(Long.class)
                        .single();
                jdbc.sql("""
                                insert into bill_line (bill_id, participant_id, contribution_month, kind, jkk, jkm,
                                                       amount, created_at)
                                values (?, ?, ?, 'TAGIHAN', 10000, 6800, ?, ?)
                                """).params(bill, id, m.atDay(1), MONTHLY, at).update();
            }
            if (w.paidThrough() != null) {
                long paidMonths =
                        months.stream().filter(m -> !m.isAfter(w.paidThrough())).count();
                jdbc.sql("""
                                insert into payment (payer_id, paid_on, amount, reference, recorded_by, recorded_at)
                                values (?, date '2026-12-01', ?, ?, 'uji', ?)
                                """)
                        .params(payer, paidMonths * MONTHLY, "UJI-STATUS-BAYAR-" + n, at)
                        .update();
            }
            out.put(id, payer);
        }
        return out;
    }
}
