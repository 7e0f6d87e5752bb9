package id.pesona.monitoring;

import id.pesona.card.Cards;
import id.pesona.contribution.Aging;
import id.pesona.contribution.Coverage;
import id.pesona.participant.ParticipantStatus;
import id.pesona.participant.RegistryFigures;
import id.pesona.region.Region;
import id.pesona.region.RegionSummary;
import id.pesona.region.Regions;
import id.pesona.shared.RegionCode;
import id.pesona.shared.RegionScope;
import id.pesona.shared.TenantProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The arrears, cards, claims and data-quality panels, each for everything under a region. */
@Service
@Transactional(readOnly = true)
public class Panels {

    /** Arrears of the payers under a region; {@code payers} is null when the contribution module cannot tell yet. */
    public record Arrears(
            List<Coverage.PayerArrears> payers,
            Map<Aging.Bucket, Long> buckets,
            long outstanding,
            long participantsMenunggak,
            long participantsNonaktif,
            long payersOwing) {

        public boolean available() {
            return payers != null;
        }

        /** The payers with something unpaid, the largest first. */
        public List<Coverage.PayerArrears> owing() {
            return payers == null
                    ? List.of()
                    : payers.stream().filter(p -> p.outstanding() > 0).toList();
        }

        /** The first {@code n} of {@link #owing()}, for a list that must fit a page. */
        public List<Coverage.PayerArrears> top(int n) {
            List<Coverage.PayerArrears> o = owing();
            return o.subList(0, Math.min(n, o.size()));
        }

        /**
         * What the payers left out of {@link #top(int)} hold: their number, unpaid amount and participants
         * MENUNGGAK (with those of payers owing nothing), so that the listed rows and this one add up to the totals.
         */
        public long[] rest(int n) {
            List<Coverage.PayerArrears> shown = top(n);
            long amount = outstanding;
            long menunggak = participantsMenunggak;
            for (Coverage.PayerArrears p : shown) {
                amount -= p.outstanding();
                menunggak -= p.participantsMenunggak();
            }
            return new long[] {owing().size() - shown.size(), amount, menunggak};
        }
    }

    /** Cards per child region: registered workers, cards received from BPJS, cards handed to the workers. */
    public record CardRow(RegionCode code, String name, long registered, long received, long handed) {
        public Long handedOfRegistered() {
            return Figures.ratio(handed, registered);
        }
    }

    /** Data quality per child region. */
    public record QualityRow(
            RegionCode code,
            String name,
            long active,
            long kpjMissing,
            long awaitingKpj,
            long nikWarnings,
            long duplicatesResolved) {}

    /** A village whose registry has not changed since {@code lastChange} (null: nothing ever recorded). */
    public record StaleVillage(RegionCode code, String name, String kecamatan, LocalDate lastChange) {}

    public record Quality(
            List<QualityRow> rows,
            QualityRow total,
            Map<String, Long> nikWarnings,
            List<StaleVillage> stale,
            int staleDays,
            List<DuplicateCase> latestDuplicates) {}

    /** A refused duplicate NIK (masked) with the names of the village that tried it and the one where it is active. */
    public record DuplicateCase(
            String nikMasked, String village, String existingVillage, String source, Instant recordedAt) {}

    private final ObjectProvider<Coverage> coverage;
    private final ObjectProvider<ClaimsPanel> claims;
    private final RegistryFigures registry;
    private final Cards cards;
    private final Regions regions;
    private final TenantProperties tenant;

    Panels(
            ObjectProvider<Coverage> coverage,
            ObjectProvider<ClaimsPanel> claims,
            RegistryFigures registry,
            Cards cards,
            Regions regions,
            TenantProperties tenant) {
        this.coverage = coverage;
        this.claims = claims;
        this.registry = registry;
        this.cards = cards;
        this.regions = regions;
        this.tenant = tenant;
    }

    public Arrears arrears(RegionCode root, LocalDate date) {
        Coverage c = coverage.getIfAvailable();
        Map<Aging.Bucket, Long> buckets = new EnumMap<>(Aging.Bucket.class);
        for (Aging.Bucket b : Aging.Bucket.values()) {
            buckets.put(b, 0L);
        }
        if (c == null) {
            return new Arrears(null, buckets, 0, 0, 0, 0);
        }
        List<Coverage.PayerArrears> payers = c.arrears(root, date).stream()
                .filter(p -> root.contains(p.payer().region()))
                .toList();
        long outstanding = 0;
        long menunggak = 0;
        long nonaktif = 0;
        long owing = 0;
        for (Coverage.PayerArrears p : payers) {
            p.buckets().forEach((b, v) -> buckets.merge(b, v, Long::sum));
            outstanding = Math.addExact(outstanding, p.outstanding());
            menunggak += p.participantsMenunggak();
            nonaktif += p.participantsNonaktif();
            if (p.overdue() > 0) {
                owing++;
            }
        }
        return new Arrears(payers, buckets, outstanding, menunggak, nonaktif, owing);
    }

    public Optional<ClaimsPanel.ClaimFigures> claims(RegionCode root, LocalDate from, LocalDate to) {
        ClaimsPanel p = claims.getIfAvailable();
        return p == null ? Optional.empty() : Optional.of(p.figures(root, from, to));
    }

    public List<CardRow> cards(RegionCode root) {
        List<Child> children = children(root);
        Map<RegionCode, long[]> acc = new LinkedHashMap<>();
        children.forEach(c -> acc.put(c.code(), new long[3]));
        int len = children.get(0).code().digits().length();
        for (RegistryFigures.Cell c : registry.cells(root)) {
            if (c.status() == ParticipantStatus.TERDAFTAR) {
                add(acc, c.village(), len, 0, c.count());
            }
        }
        for (Cards.VillageProgress p : cards.progress(root)) {
            add(acc, p.village(), len, 1, p.received());
            add(acc, p.village(), len, 2, p.handed());
        }
        List<CardRow> out = new ArrayList<>();
        for (Child c : children) {
            long[] a = acc.get(c.code());
            out.add(new CardRow(c.code(), c.name(), a[0], a[1], a[2]));
        }
        return out;
    }

    public Quality quality(RegionCode root, LocalDate date, int staleDays) {
        List<Child> children = children(root);
        Map<RegionCode, long[]> acc = new LinkedHashMap<>();
        children.forEach(c -> acc.put(c.code(), new long[5]));
        int len = children.get(0).code().digits().length();
        for (RegistryFigures.Cell c : registry.cells(root)) {
            if (!c.status().active()) {
                continue;
            }
            add(acc, c.village(), len, 0, c.count());
            if (c.kpjMissing() && c.status() == ParticipantStatus.TERDAFTAR) {
                add(acc, c.village(), len, 1, c.count());
            }
            if (c.kpjMissing() && c.status() != ParticipantStatus.TERDAFTAR) {
                add(acc, c.village(), len, 2, c.count());
            }
            if (c.nikWarning()) {
                add(acc, c.village(), len, 3, c.count());
            }
        }
        registry.duplicatesResolved(root).forEach((village, n) -> add(acc, village, len, 4, n));
        List<QualityRow> rows = new ArrayList<>();
        long[] t = new long[5];
        for (Child c : children) {
            long[] a = acc.get(c.code());
            rows.add(new QualityRow(c.code(), c.name(), a[0], a[1], a[2], a[3], a[4]));
            for (int i = 0; i < t.length; i++) {
                t[i] += a[i];
            }
        }
        Region region = regions.get(root);
        Map<RegionCode, LocalDate> last = registry.lastChange(root, tenant.zone());
        Map<RegionCode, String> kecamatanNames = new TreeMap<>();
        List<StaleVillage> stale = new ArrayList<>();
        LocalDate limit = date.minusDays(staleDays);
        for (Region v : regions.villages(root, RegionScope.of(root))) {
            LocalDate l = last.get(v.code());
            if (l == null || l.isBefore(limit)) {
                RegionCode k = v.code().parent().orElseThrow();
                String kn = kecamatanNames.computeIfAbsent(
                        k, x -> regions.find(x).map(Region::name).orElse(x.dotted()));
                stale.add(new StaleVillage(v.code(), v.name(), kn, l));
            }
        }
        return new Quality(
                rows,
                new QualityRow(region.code(), region.name(), t[0], t[1], t[2], t[3], t[4]),
                new TreeMap<>(registry.nikWarnings(root)),
                stale,
                staleDays,
                latestDuplicates(root));
    }

    /** The 20 latest refused duplicates with village names, looked up in one query. */
    private List<DuplicateCase> latestDuplicates(RegionCode root) {
        List<RegistryFigures.Duplicate> latest = registry.latestDuplicates(root, 20);
        Set<RegionCode> codes = new HashSet<>();
        for (RegistryFigures.Duplicate d : latest) {
            codes.add(d.village());
            if (d.existingVillage() != null) {
                codes.add(d.existingVillage());
            }
        }
        Map<RegionCode, Region> names = regions.findAll(codes);
        Function<RegionCode, String> label = code -> code == null
                ? null
                : Optional.ofNullable(names.get(code)).map(Region::name).orElse(code.dotted()) + " (" + code.dotted()
                        + ")";
        return latest.stream()
                .map(d -> new DuplicateCase(
                        d.nikMasked(),
                        label.apply(d.village()),
                        label.apply(d.existingVillage()),
                        d.source(),
                        d.recordedAt()))
                .toList();
    }

    private static void add(Map<RegionCode, long[]> acc, RegionCode village, int len, int i, long n) {
        long[] a = acc.get(new RegionCode(village.digits().substring(0, len)));
        if (a != null) {
            a[i] += n;
        }
    }

    private record Child(RegionCode code, String name) {}

    private List<Child> children(RegionCode root) {
        if (root.isVillage()) {
            return List.of(new Child(root, regions.get(root).name()));
        }
        List<Child> out = new ArrayList<>();
        for (RegionSummary s : regions.children(root, RegionScope.of(root))) {
            out.add(new Child(s.code(), s.name()));
        }
        return out.isEmpty() ? List.of(new Child(root, regions.get(root).name())) : out;
    }
}
