package id.pesona.contribution;

import id.pesona.shared.CurrentUser;
import id.pesona.shared.RegionCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A payer's account as its statement shows it: bills and payments month by month, the arrears by age, and the
 * participants whose months are unpaid, with the status each has on the date.
 */
@Service
public class PayerAccounts {

    public record MonthLine(
            YearMonth month, long participants, long billed, long paid, LocalDate dueDate, Aging.Bucket bucket) {

        public long outstanding() {
            return billed - paid;
        }
    }

    public record ParticipantArrears(
            long participantId,
            String name,
            String kpjMasked,
            CoverStatus status,
            YearMonth paidThrough,
            List<YearMonth> unpaidMonths,
            long amount) {}

    public record Account(
            Payer payer,
            LocalDate asOf,
            Coverage.PayerArrears arrears,
            List<MonthLine> months,
            List<ParticipantArrears> participants,
            List<Payments.PaymentRow> payments) {}

    private final JdbcClient jdbc;
    private final Payers payers;
    private final PayerLedgers ledgers;
    private final Payments payments;
    private final CoverageService coverage;
    private final ContributionRules rules;

    PayerAccounts(
            JdbcClient jdbc,
            Payers payers,
            PayerLedgers ledgers,
            Payments payments,
            CoverageService coverage,
            ContributionRules rules) {
        this.jdbc = jdbc;
        this.payers = payers;
        this.ledgers = ledgers;
        this.payments = payments;
        this.coverage = coverage;
        this.rules = rules;
    }

    static String maskKpj(String kpj) {
        if (kpj == null || kpj.isBlank()) {
            return null;
        }
        try {
            return id.pesona.participant.Kpj.parse(kpj).masked();
        } catch (RuntimeException e) {
            return "***********";
        }
    }

    @Transactional(readOnly = true)
    public Account account(long payerId, LocalDate asOf) {
        Payer payer = payers.get(payerId);
        ContributionSetting setting = rules.settingOn(asOf);
        Ledger ledger = ledgers.ledger(payerId);
        Map<YearMonth, long[]> byMonth = new TreeMap<>();
        for (Ledger.Due d : ledger.dues()) {
            long[] m = byMonth.computeIfAbsent(d.month(), k -> new long[3]);
            m[0]++;
            m[1] += d.amount();
            m[2] += d.paid();
        }
        List<MonthLine> months = new ArrayList<>();
        byMonth.forEach((month, m) -> {
            LocalDate due = Aging.dueDate(month, setting.dueDay(), Set.of());
            Aging.Bucket bucket = m[1] > m[2]
                    ? Aging.bucket(java.time.temporal.ChronoUnit.DAYS.between(due, asOf))
                    : Aging.Bucket.BELUM_JATUH_TEMPO;
            months.add(new MonthLine(month, m[0], m[1], m[2], due, bucket));
        });

        Map<Long, CoverRules.Membership> members = ledgers.members(payerId);
        Map<Long, Set<YearMonth>> paid = ledger.paidMonths();
        Map<Long, List<YearMonth>> unpaid = new HashMap<>();
        Map<Long, Long> owed = new HashMap<>();
        YearMonth target = YearMonth.from(asOf);
        for (Ledger.Due d : ledger.dues()) {
            if (d.outstanding() > 0 && !d.month().isAfter(target)) {
                unpaid.computeIfAbsent(d.participantId(), k -> new ArrayList<>())
                        .add(d.month());
                owed.merge(d.participantId(), d.outstanding(), Long::sum);
            }
        }
        Map<Long, String[]> names = new LinkedHashMap<>();
        if (!members.isEmpty()) {
            jdbc.sql("""
                            select p.id, p.full_name, p.kpj, p.segment from participant_coverage_v p
                            join payer py on py.region_code = p.village_code
                            where py.id = :payer
                            union
                            select p.id, p.full_name, p.kpj, p.segment from participant_coverage_v p
                            where p.id in (select l.participant_id from bill_line l join bill b on b.id = l.bill_id
                                           where b.payer_id = :payer)
                            """)
                    .param("payer", payerId)
                    .query((rs, n) ->
                            names.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)}))
                    .list();
        }
        List<ParticipantArrears> participants = new ArrayList<>();
        Map<String, DueRule> dueRules = rules.dueRulesOn(asOf);
        members.forEach((id, m) -> {
            String[] known = names.get(id);
            DueRule due = dueRules.get(known == null || known[2] == null ? "BPU" : known[2]);
            CoverRules.Cover c = CoverRules.on(asOf, m, paid.getOrDefault(id, Set.of()), setting.graceMonths(), due);
            boolean owes = unpaid.containsKey(id);
            if (owes || c.status() == CoverStatus.MENUNGGAK || c.status() == CoverStatus.NONAKTIF) {
                String[] n = names.getOrDefault(id, new String[] {"#" + id, null});
                participants.add(new ParticipantArrears(
                        id,
                        n[0],
                        maskKpj(n[1]),
                        c.status(),
                        c.paidThrough(),
                        List.copyOf(unpaid.getOrDefault(id, List.of())),
                        owed.getOrDefault(id, 0L)));
            }
        });
        participants.sort(java.util.Comparator.comparing(ParticipantArrears::name));
        Coverage.PayerArrears arrears = coverage.arrears(payer.region(), asOf).stream()
                .filter(a -> a.payer().id() == payerId)
                .findFirst()
                .orElseThrow();
        return new Account(payer, asOf, arrears, months, participants, payments.list(payerId, null, null, 500));
    }

    /** Payers under a region with their arrears, for lists and letters; the region must be in the user's scope. */
    @Transactional(readOnly = true)
    public List<Coverage.PayerArrears> arrears(RegionCode root, LocalDate asOf) {
        return coverage.arrears(CurrentUser.within(root), asOf);
    }
}
