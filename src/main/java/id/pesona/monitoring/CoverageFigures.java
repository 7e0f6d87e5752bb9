package id.pesona.monitoring;

import id.pesona.contribution.Coverage;
import id.pesona.participant.ParticipantStatus;
import id.pesona.participant.RegistryFigures;
import id.pesona.region.Region;
import id.pesona.region.RegionSummary;
import id.pesona.region.Regions;
import id.pesona.shared.RegionCode;
import id.pesona.shared.RegionLevel;
import id.pesona.shared.RegionScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coverage read model: the registry's counts (participant module), quotas and the plan, the workforce the admin
 * entered, and, where the contribution module answers, who is AKTIF on the date. Everything under the region it is
 * given: callers decide what a reader may see (a signed-in user's scope, or the public aggregate).
 */
@Service
@Transactional(readOnly = true)
public class CoverageFigures {

    private final RegistryFigures registry;
    private final Regions regions;
    private final Workforce workforce;
    private final ObjectProvider<Coverage> coverage;

    CoverageFigures(RegistryFigures registry, Regions regions, Workforce workforce, ObjectProvider<Coverage> coverage) {
        this.registry = registry;
        this.regions = regions;
        this.workforce = workforce;
        this.coverage = coverage;
    }

    public Figures of(RegionCode focus, LocalDate date) {
        Region region = regions.get(focus);
        int year = date.getYear();
        RegionScope all = RegionScope.of(focus);
        List<Region> villages = regions.villages(focus, all);
        Map<RegionCode, Integer> explicitQuota = registry.quotas(focus, year);
        int defaultQuota = registry.defaultQuota(year);
        long planPerVillage = workforce.plannedPerVillage(year);
        List<RegistryFigures.Cell> cells = registry.cells(focus);
        Map<RegionCode, Coverage.VillageStatus> status = status(focus, date);
        Map<RegionCode, Long> labour = workforce.byKecamatan(focus, year);

        // children: kecamatan under a regency, villages under a kecamatan; a village is its own only row
        List<Child> children = new ArrayList<>();
        if (focus.isVillage()) {
            children.add(new Child(region.code(), region.name(), region.level()));
        } else {
            for (RegionSummary c : regions.children(focus, all)) {
                children.add(new Child(c.code(), c.name(), c.level()));
            }
        }
        int childLength =
                children.isEmpty() ? 10 : children.get(0).code().digits().length();
        Function<RegionCode, RegionCode> childOf =
                v -> new RegionCode(v.digits().substring(0, childLength));

        Map<RegionCode, Acc> acc = new LinkedHashMap<>();
        children.forEach(c -> acc.put(c.code(), new Acc()));
        Acc total = new Acc();
        for (Region v : villages) {
            int q = explicitQuota.getOrDefault(v.code(), defaultQuota);
            for (Acc a : targets(acc, total, childOf.apply(v.code()))) {
                a.villages++;
                a.quota += q;
                a.planned += planPerVillage;
            }
        }
        for (RegistryFigures.Cell c : cells) {
            for (Acc a : targets(acc, total, childOf.apply(c.village()))) {
                switch (c.status()) {
                    case DIUSULKAN -> a.proposed += c.count();
                    case DIVERIFIKASI -> a.verified += c.count();
                    case TERDAFTAR -> a.registered += c.count();
                    case BERHENTI -> a.stopped += c.count();
                }
            }
        }
        boolean statusAvailable = status != null;
        if (statusAvailable) {
            // registered on the date, as the status counts divide it: the registry's own count is today's, and a
            // report for a past period must add up on its own date
            acc.values().forEach(a -> a.registered = 0);
            total.registered = 0;
            for (Coverage.VillageStatus s : status.values()) {
                for (Acc a : targets(acc, total, childOf.apply(s.village()))) {
                    a.registered += s.covered();
                    a.aktif += s.aktif();
                    a.belumDibayar += s.belumDibayar();
                    a.menunggak += s.menunggak();
                    a.nonaktif += s.nonaktif();
                }
            }
        }
        // workforce is entered per kecamatan: it sums up to the regency, and villages have none
        labour.forEach((kec, n) -> {
            if (focus.level() == RegionLevel.KABUPATEN || focus.level() == RegionLevel.PROVINSI) {
                Acc a = acc.get(new RegionCode(kec.digits().substring(0, childLength)));
                if (a != null) {
                    a.workforce = (a.workforce == null ? 0 : a.workforce) + n;
                }
            }
            total.workforce = (total.workforce == null ? 0 : total.workforce) + n;
        });

        List<Figures.Row> rows = new ArrayList<>();
        for (Child c : children) {
            rows.add(acc.get(c.code()).row(c.code(), c.name(), c.level(), statusAvailable));
        }
        Figures.Row totalRow = total.row(region.code(), region.name(), region.level(), statusAvailable);
        return new Figures(
                region,
                regions.lineage(focus),
                date,
                year,
                totalRow,
                rows,
                breakdowns(cells),
                growth(cells, date),
                statusAvailable);
    }

    /** Registry counts per village only (no status): the cheap figures the public page and the budget planner use. */
    public boolean statusAvailable() {
        return coverage.getIfAvailable() != null;
    }

    private Map<RegionCode, Coverage.VillageStatus> status(RegionCode focus, LocalDate date) {
        Coverage c = coverage.getIfAvailable();
        if (c == null) {
            return null;
        }
        Map<RegionCode, Coverage.VillageStatus> out = new HashMap<>();
        for (Coverage.VillageStatus s : c.statusByVillage(focus, date)) {
            if (focus.contains(s.village())) {
                out.put(s.village(), s);
            }
        }
        return out;
    }

    private static List<Acc> targets(Map<RegionCode, Acc> acc, Acc total, RegionCode child) {
        Acc a = acc.get(child);
        return a == null ? List.of(total) : List.of(a, total);
    }

    static Map<String, Figures.Breakdown> breakdowns(List<RegistryFigures.Cell> cells) {
        Map<String, Function<RegistryFigures.Cell, String>> attributes = new LinkedHashMap<>();
        attributes.put("segment", c -> c.segment().messageKey());
        attributes.put("occupation", c -> c.occupation().messageKey());
        attributes.put("sex", c -> c.sex().messageKey());
        attributes.put("funding", c -> "funding." + c.fundingSource());
        Map<String, Figures.Breakdown> out = new LinkedHashMap<>();
        attributes.forEach((name, key) -> {
            Map<String, long[]> sums = new TreeMap<>();
            for (RegistryFigures.Cell c : cells) {
                if (!c.status().active()) {
                    continue;
                }
                long[] s = sums.computeIfAbsent(key.apply(c), k -> new long[2]);
                s[c.status() == ParticipantStatus.TERDAFTAR ? 0 : 1] += c.count();
            }
            List<Figures.Slice> slices = new ArrayList<>();
            sums.forEach((k, s) -> slices.add(new Figures.Slice(k, s[0], s[1])));
            slices.sort((a, b) -> Long.compare(b.registered() + b.inProcess(), a.registered() + a.inProcess()));
            out.put(name, new Figures.Breakdown(name, slices));
        });
        return out;
    }

    /**
     * Year by year from the first registration: registrations and exits in the year, workers covered at its end
     * (registered by then and not ended by then), growth over the year before.
     */
    static List<Figures.YearRow> growth(List<RegistryFigures.Cell> cells, LocalDate date) {
        int first = cells.stream()
                .filter(c -> c.registeredYear() != null)
                .mapToInt(RegistryFigures.Cell::registeredYear)
                .min()
                .orElse(date.getYear());
        List<Figures.YearRow> out = new ArrayList<>();
        Long before = null;
        for (int y = first; y <= date.getYear(); y++) {
            long registrations = 0;
            long exits = 0;
            long covered = 0;
            for (RegistryFigures.Cell c : cells) {
                Integer r = c.registeredYear();
                Integer e = c.endedYear();
                if (r != null && r == y) {
                    registrations += c.count();
                }
                if (r != null && e != null && e == y) {
                    exits += c.count();
                }
                if (r != null && r <= y && (e == null || e > y)) {
                    covered += c.count();
                }
            }
            Long growth = before == null || before == 0 ? null : Figures.ratio(covered - before, before);
            out.add(new Figures.YearRow(y, registrations, exits, covered, growth));
            before = covered;
        }
        return out;
    }

    private record Child(RegionCode code, String name, RegionLevel level) {}

    private static final class Acc {
        long villages;
        long quota;
        long planned;
        long proposed;
        long verified;
        long registered;
        long stopped;
        long aktif;
        long belumDibayar;
        long menunggak;
        long nonaktif;
        Long workforce;

        Figures.Row row(RegionCode code, String name, RegionLevel level, boolean status) {
            return new Figures.Row(
                    code,
                    name,
                    level,
                    villages,
                    quota,
                    planned,
                    proposed,
                    verified,
                    registered,
                    stopped,
                    status ? aktif : null,
                    status ? belumDibayar : null,
                    status ? menunggak : null,
                    status ? nonaktif : null,
                    workforce);
        }
    }
}
