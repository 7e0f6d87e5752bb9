package id.pesona.monitoring;

import id.pesona.contribution.ContributionRules;
import id.pesona.contribution.Tariffs;
import id.pesona.region.Region;
import id.pesona.region.RegionSummary;
import id.pesona.region.Regions;
import id.pesona.shared.FundingSource;
import id.pesona.shared.RegionCode;
import id.pesona.shared.RegionLevel;
import id.pesona.shared.RegionScope;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a quota scenario costs in a year at the tariffs in force: each month priced with the tariff row of that month
 * and the village's funding source (so PP 50/2025's discount counts only where its row applies), JKK and JKM of a BPU
 * worker at a declared income. Whole Rupiah throughout.
 */
@Service
public class BudgetPlanner {

    /** JKK and JKM: the package every pekerja rentan has; JHT is optional and not budgeted by the programme. */
    static final List<String> PROGRAMMES = List.of("JKK", "JKM");

    public record VillageCost(
            RegionCode village, String name, RegionCode kecamatan, String fundingSource, int quota, long cost) {}

    public record Sum(String key, String name, long workers, long cost) {}

    /** One scenario priced: per village, per kecamatan, per funding source and in total. */
    public record Plan(
            Scenarios.Scenario scenario,
            int year,
            long income,
            List<VillageCost> villages,
            List<Sum> byKecamatan,
            Map<String, Sum> byFunding,
            long workers,
            long cost) {}

    /** The contribution of one worker in each month of the year, per funding source. */
    public record MonthlyTariff(String fundingSource, List<Long> months, long year) {}

    private final ContributionRules rules;
    private final Regions regions;
    private final Scenarios scenarios;

    BudgetPlanner(ContributionRules rules, Regions regions, Scenarios scenarios) {
        this.rules = rules;
        this.regions = regions;
        this.scenarios = scenarios;
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

    /** Prices a scenario for every village under a region. */
    @Transactional(readOnly = true)
    public Plan plan(RegionCode root, Scenarios.Scenario scenario, int year, long income) {
        Tariffs tariffs = rules.tariffs();
        Map<String, Long> perWorker = new HashMap<>();
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
        List<VillageCost> villages = new ArrayList<>();
        Map<RegionCode, long[]> kec = new LinkedHashMap<>();
        Map<String, long[]> funding = new LinkedHashMap<>();
        long workers = 0;
        long cost = 0;
        for (Region v : regions.villages(root, RegionScope.of(root))) {
            String source = fundingOf(v.level());
            long yearly = perWorker.computeIfAbsent(
                    source,
                    s -> months(tariffs, year, s, income).stream()
                            .mapToLong(Long::longValue)
                            .sum());
            int quota = quotas.getOrDefault(v.code(), 0);
            long c = Math.multiplyExact(yearly, quota);
            RegionCode k = v.code().parent().orElseThrow();
            villages.add(new VillageCost(v.code(), v.name(), k, source, quota, c));
            add(kec.computeIfAbsent(k, x -> new long[2]), quota, c);
            add(funding.computeIfAbsent(source, x -> new long[2]), quota, c);
            workers += quota;
            cost = Math.addExact(cost, c);
        }
        List<Sum> byKecamatan = new ArrayList<>();
        kec.forEach(
                (k, s) -> byKecamatan.add(new Sum(k.dotted(), kecamatanNames.getOrDefault(k, k.dotted()), s[0], s[1])));
        Map<String, Sum> byFunding = new LinkedHashMap<>();
        funding.forEach((f, s) -> byFunding.put(f, new Sum(f, f, s[0], s[1])));
        return new Plan(scenario, year, income, villages, byKecamatan, byFunding, workers, cost);
    }

    private static void add(long[] sum, long workers, long cost) {
        sum[0] += workers;
        sum[1] = Math.addExact(sum[1], cost);
    }
}
