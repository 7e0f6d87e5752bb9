package id.pesona.monitoring;

import id.pesona.contribution.ContributionRules;
import id.pesona.contribution.Tariffs;
import id.pesona.participant.RegistryFigures;
import id.pesona.region.Region;
import id.pesona.region.RegionSummary;
import id.pesona.region.Regions;
import id.pesona.shared.FundingSource;
import id.pesona.shared.RegionCode;
import id.pesona.shared.RegionLevel;
import id.pesona.shared.RegionScope;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a quota scenario costs in a year at the tariffs in force, in two parts. The workers who already hold a quota
 * slot are priced at their declared income, each month they are covered, with the tariff row of that month and their
 * own funding source: the rule the billing run applies to a line ({@link Tariffs#total}). The slots still free (quota
 * minus existing workers) are priced for the whole year at an income the user assumes, with the village's funding
 * source (so PP 50/2025's discount counts only where its row applies). Whole Rupiah throughout.
 */
@Service
public class BudgetPlanner {

    /** JKK and JKM: the package every pekerja rentan has and the billing run bills; JHT is optional. */
    static final List<String> PROGRAMMES = List.of("JKK", "JKM");

    /**
     * One village priced: the workers it has ({@code existing}, at their declared income) and the free slots of the
     * scenario's quota ({@code newSlots}, at the assumed income); {@code workers} and {@code cost} are their sums.
     */
    public record VillageCost(
            RegionCode village,
            String name,
            RegionCode kecamatan,
            String fundingSource,
            int quota,
            long existing,
            long existingCost,
            long newSlots,
            long newCost,
            long workers,
            long cost) {}

    /** A sum over villages (a kecamatan, a funding source), with the same two parts. */
    public record Sum(
            String key,
            String name,
            long existing,
            long existingCost,
            long newSlots,
            long newCost,
            long workers,
            long cost) {}

    /** One scenario priced: per village, per kecamatan, per funding source and in total. */
    public record Plan(
            Scenarios.Scenario scenario,
            int year,
            long income,
            List<VillageCost> villages,
            List<Sum> byKecamatan,
            Map<String, Sum> byFunding,
            long existing,
            long existingCost,
            long newSlots,
            long newCost,
            long workers,
            long cost) {}

    /** The contribution of one worker in each month of the year, per funding source. */
    public record MonthlyTariff(String fundingSource, List<Long> months, long year) {}

    private final ContributionRules rules;
    private final Regions regions;
    private final Scenarios scenarios;
    private final RegistryFigures registry;
    private final Clock clock;

    BudgetPlanner(
            ContributionRules rules, Regions regions, Scenarios scenarios, RegistryFigures registry, Clock clock) {
        this.rules = rules;
        this.regions = regions;
        this.scenarios = scenarios;
        this.registry = registry;
        this.clock = clock;
    }

    /** The funding source that pays a village's workers: a desa's own budget, the regency for a kelurahan. */
    static String fundingOf(RegionLevel level) {
        return level == RegionLevel.KELURAHAN ? FundingSource.APBD_KABUPATEN.name() : FundingSource.APBDES.name();
    }

    /** One worker's contribution for each month of the year: the tariff row in force that month for the source. */
    static List<Long> months(Tariffs tariffs, int year, String fundingSource, long income) {
        List<Long> out = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            out.add(tariffs.total(PROGRAMMES, "BPU", YearMonth.of(year, m), fundingSource, income));
        }
        return out;
    }

    @Transactional(readOnly = true)
    public List<MonthlyTariff> tariffs(int year, long income) {
        Tariffs tariffs = rules.tariffs();
        List<MonthlyTariff> out = new ArrayList<>();
        for (String source : List.of(FundingSource.APBDES.name(), FundingSource.APBD_KABUPATEN.name())) {
            List<Long> months = months(tariffs, year, source, income);
            out.add(new MonthlyTariff(
                    source, months, months.stream().mapToLong(Long::longValue).sum()));
        }
        return out;
    }

    /**
     * What one existing worker costs in the year: each month from the month of registration (a proposal not yet
     * registered: from the current month) through the month of the end date, priced as the billing run prices a line.
     */
    static long existingCost(Tariffs tariffs, int year, RegistryFigures.Slot w, long income, YearMonth current) {
        YearMonth from = w.registeredOn() == null ? current : YearMonth.from(w.registeredOn());
        YearMonth until = w.endedOn() == null ? null : YearMonth.from(w.endedOn());
        long base = w.base() == null ? income : w.base();
        long sum = 0;
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            if (!month.isBefore(from) && (until == null || !month.isAfter(until))) {
                sum = Math.addExact(sum, tariffs.total(PROGRAMMES, w.segment(), month, w.fundingSource(), base));
            }
        }
        return sum;
    }

    /** Prices a scenario for every village under a region. */
    @Transactional(readOnly = true)
    public Plan plan(RegionCode root, Scenarios.Scenario scenario, int year, long income) {
        Tariffs tariffs = rules.tariffs();
        YearMonth current = YearMonth.now(clock);
        Map<String, Long> perSlot = new HashMap<>();
        Map<RegionCode, Integer> quotas = scenarios.quotas(scenario, root, year);
        Map<RegionCode, String> kecamatanNames = new HashMap<>();
        RegionCode regency = root.level() == RegionLevel.KABUPATEN
                ? root
                : root.lineage().stream()
                        .filter(c -> c.level() == RegionLevel.KABUPATEN)
                        .findFirst()
                        .orElse(root);
        for (RegionSummary k : regions.children(regency, RegionScope.of(regency))) {
            kecamatanNames.put(k.code(), k.name());
        }
        // the workers each village has, priced at their declared income, attributed to their own funding source
        Map<RegionCode, long[]> have = new HashMap<>();
        Map<String, long[]> funding = new LinkedHashMap<>();
        for (RegistryFigures.Slot w : registry.slots(root)) {
            long c = Math.multiplyExact(existingCost(tariffs, year, w, income, current), w.count());
            add(have.computeIfAbsent(w.village(), x -> new long[4]), w.count(), c, 0, 0);
            add(funding.computeIfAbsent(w.fundingSource(), x -> new long[4]), w.count(), c, 0, 0);
        }
        List<VillageCost> villages = new ArrayList<>();
        Map<RegionCode, long[]> kec = new LinkedHashMap<>();
        long[] total = new long[4];
        for (Region v : regions.villages(root, RegionScope.of(root))) {
            String source = fundingOf(v.level());
            long yearly = perSlot.computeIfAbsent(
                    source,
                    s -> months(tariffs, year, s, income).stream()
                            .mapToLong(Long::longValue)
                            .sum());
            int quota = quotas.getOrDefault(v.code(), 0);
            long[] h = have.getOrDefault(v.code(), new long[4]);
            long free = Math.max(0, quota - h[0]);
            long newCost = Math.multiplyExact(yearly, free);
            RegionCode k = v.code().parent().orElseThrow();
            villages.add(new VillageCost(
                    v.code(),
                    v.name(),
                    k,
                    source,
                    quota,
                    h[0],
                    h[1],
                    free,
                    newCost,
                    h[0] + free,
                    Math.addExact(h[1], newCost)));
            add(kec.computeIfAbsent(k, x -> new long[4]), h[0], h[1], free, newCost);
            add(funding.computeIfAbsent(source, x -> new long[4]), 0, 0, free, newCost);
            add(total, h[0], h[1], free, newCost);
        }
        List<Sum> byKecamatan = new ArrayList<>();
        kec.forEach((k, s) -> byKecamatan.add(sum(k.dotted(), kecamatanNames.getOrDefault(k, k.dotted()), s)));
        Map<String, Sum> byFunding = new LinkedHashMap<>();
        funding.forEach((f, s) -> byFunding.put(f, sum(f, f, s)));
        return new Plan(
                scenario,
                year,
                income,
                villages,
                byKecamatan,
                byFunding,
                total[0],
                total[1],
                total[2],
                total[3],
                total[0] + total[2],
                Math.addExact(total[1], total[3]));
    }

    private static Sum sum(String key, String name, long[] s) {
        return new Sum(key, name, s[0], s[1], s[2], s[3], s[0] + s[2], Math.addExact(s[1], s[3]));
    }

    private static void add(long[] sum, long existing, long existingCost, long newSlots, long newCost) {
        sum[0] += existing;
        sum[1] = Math.addExact(sum[1], existingCost);
        sum[2] += newSlots;
        sum[3] = Math.addExact(sum[3], newCost);
    }
}
