package id.pesona.guard;

import static org.assertj.core.api.Assertions.assertThat;

import id.pesona.access.TestAccounts;
import id.pesona.claim.BenefitRuleBook;
import id.pesona.monitoring.Regulations;
import id.pesona.monitoring.Scenarios;
import id.pesona.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rows created at the same moment by several admins each get their own id back: the id comes from the generated key
 * of the insert, not from {@code select max(id)} afterwards (which hands two callers the same, newest id).
 */
class GeneratedKeysIT extends IntegrationTest {

    static final int THREADS = 12;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Scenarios scenarios;

    @Autowired
    Regulations regulations;

    @Autowired
    BenefitRuleBook benefitRules;

    /** Runs {@code work} for 0..THREADS-1 at once, each on its own thread as the admin; returns the ids in order. */
    List<Long> atOnce(IntFunction<Long> work) throws Exception {
        accounts.ensure("t.admin");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return accounts.signedIn("t.admin", () -> work.apply(n));
                }));
            }
            start.countDown();
            List<Long> ids = new ArrayList<>();
            for (Future<Long> f : futures) {
                ids.add(f.get());
            }
            assertThat(new HashSet<>(ids))
                    .as("every caller gets its own id: %s", ids)
                    .hasSize(THREADS);
            return ids;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void scenariosWithTheSameNameSavedAtOnceEachGetTheirOwnId() throws Exception {
        String name = "Skenario serentak " + System.nanoTime();
        List<Long> ids = atOnce(i -> scenarios.save(name, 100 + i, Map.of()).savedId());
        try {
            for (int i = 0; i < THREADS; i++) {
                assertThat(scenarios.saved(ids.get(i)).uniform())
                        .as("scenario %d holds the quota its caller saved", ids.get(i))
                        .isEqualTo(100 + i);
            }
        } finally {
            jdbc.sql("delete from monev_scenario where name = ?").param(name).update();
        }
    }

    @Test
    void regulationsWithTheSameNumberAddedAtOnceEachGetTheirOwnId() throws Exception {
        String number = "Perbup Serentak " + System.nanoTime();
        List<Long> ids = atOnce(i -> regulations
                .add("Regulasi serentak " + i, number, LocalDate.of(2025, 1, 1), null)
                .id());
        try {
            for (int i = 0; i < THREADS; i++) {
                assertThat(jdbc.sql("select title from monev_regulation where id = ?")
                                .param(ids.get(i))
                                .query(String.class)
                                .single())
                        .isEqualTo("Regulasi serentak " + i);
            }
        } finally {
            jdbc.sql("delete from monev_regulation where reg_number = ?")
                    .param(number)
                    .update();
        }
    }

    @Test
    void benefitRulesAddedAtOnceEachGetTheirOwnRowBack() throws Exception {
        String basis = "Uji serentak " + System.nanoTime() + " #";
        List<Long> amounts = new ArrayList<>();
        List<Long> ids = atOnce(i -> {
            var rule = benefitRules.add(new BenefitRuleBook.NewRule(
                    "JKM_PEMAKAMAN",
                    LocalDate.of(2090, 1, 1).plusDays(i),
                    String.valueOf(1_000_000 + i),
                    null,
                    null,
                    null,
                    null,
                    basis + i));
            assertThat(rule.legalBasis())
                    .as("the row handed back is the caller's own")
                    .isEqualTo(basis + i);
            synchronized (amounts) {
                amounts.add(rule.amount());
            }
            return rule.id();
        });
        try {
            assertThat(amounts)
                    .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, THREADS)
                            .mapToObj(i -> 1_000_000L + i)
                            .toList());
            for (int i = 0; i < THREADS; i++) {
                assertThat(jdbc.sql("select legal_basis from benefit_rule where id = ?")
                                .param(ids.get(i))
                                .query(String.class)
                                .single())
                        .isEqualTo(basis + i);
            }
        } finally {
            jdbc.sql("delete from benefit_rule where legal_basis like ?")
                    .param(basis + "%")
                    .update();
        }
    }
}
