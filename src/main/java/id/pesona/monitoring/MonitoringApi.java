package id.pesona.monitoring;

import id.pesona.shared.TenantProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Monitoring figures through the REST API, scoped like the pages (a region above the scope answers the scope). */
@RestController
@RequestMapping("/api/v1/monitoring")
@Tag(name = "Monev", description = "Monitoring dan evaluasi: cakupan, anggaran, tunggakan, kualitas data, laporan")
class MonitoringApi {

    record RowDto(
            String code,
            String name,
            String level,
            long villages,
            long quota,
            long planned,
            long proposed,
            long verified,
            long registered,
            long stopped,
            Long aktif,
            Long belumDibayar,
            Long menunggak,
            Long nonaktif,
            Long workforce,
            Long registeredOfQuotaBasisPoints,
            Long registeredOfWorkforceBasisPoints) {

        static RowDto of(Figures.Row r) {
            return new RowDto(
                    r.dotted(),
                    r.name(),
                    r.level().name(),
                    r.villages(),
                    r.quota(),
                    r.planned(),
                    r.proposed(),
                    r.verified(),
                    r.registered(),
                    r.stopped(),
                    r.aktif(),
                    r.belumDibayar(),
                    r.menunggak(),
                    r.nonaktif(),
                    r.workforce(),
                    r.registeredOfQuota(),
                    r.registeredOfWorkforce());
        }
    }

    record CoverageDto(
            String region,
            String name,
            LocalDate date,
            boolean statusAvailable,
            RowDto total,
            List<RowDto> children,
            Map<String, Figures.Breakdown> breakdowns,
            List<Figures.YearRow> growth) {}

    record PlanDto(
            String scenario,
            Integer uniformQuota,
            int year,
            long income,
            long existing,
            long existingCost,
            long newSlots,
            long newCost,
            long workers,
            long cost,
            Map<String, BudgetPlanner.Sum> byFunding,
            List<BudgetPlanner.Sum> byKecamatan,
            List<VillageCostDto> villages) {}

    record VillageCostDto(
            String code,
            String name,
            String fundingSource,
            int quota,
            long existing,
            long existingCost,
            long newSlots,
            long newCost,
            long workers,
            long cost) {
        static VillageCostDto of(BudgetPlanner.VillageCost v) {
            return new VillageCostDto(
                    v.village().dotted(),
                    v.name(),
                    v.fundingSource(),
                    v.quota(),
                    v.existing(),
                    v.existingCost(),
                    v.newSlots(),
                    v.newCost(),
                    v.workers(),
                    v.cost());
        }
    }

    record ArrearsDto(
            boolean available,
            long outstanding,
            long payersOwing,
            long participantsMenunggak,
            long participantsNonaktif,
            Map<id.pesona.contribution.Aging.Bucket, Long> buckets,
            List<id.pesona.contribution.Coverage.PayerArrears> payers,
            id.pesona.contribution.Deadline deadline) {}

    record CardRowDto(String code, String name, long registered, long received, long handed) {}

    record CardsDto(List<CardRowDto> rows, ClaimsPanel.ClaimFigures claims, boolean claimsAvailable) {}

    record QualityRowDto(
            String code,
            String name,
            long active,
            long kpjMissing,
            long awaitingKpj,
            long nikWarnings,
            long duplicatesResolved) {
        static QualityRowDto of(Panels.QualityRow r) {
            return new QualityRowDto(
                    r.code().dotted(),
                    r.name(),
                    r.active(),
                    r.kpjMissing(),
                    r.awaitingKpj(),
                    r.nikWarnings(),
                    r.duplicatesResolved());
        }
    }

    record StaleDto(String code, String name, String kecamatan, LocalDate lastChange) {}

    record QualityDto(
            List<QualityRowDto> rows,
            QualityRowDto total,
            Map<String, Long> nikWarnings,
            List<StaleDto> stale,
            int staleDays,
            List<Panels.DuplicateCase> latestDuplicates) {
        static QualityDto of(Panels.Quality q) {
            return new QualityDto(
                    q.rows().stream().map(QualityRowDto::of).toList(),
                    QualityRowDto.of(q.total()),
                    q.nikWarnings(),
                    q.stale().stream()
                            .map(v -> new StaleDto(v.code().dotted(), v.name(), v.kecamatan(), v.lastChange()))
                            .toList(),
                    q.staleDays(),
                    q.latestDuplicates());
        }
    }

    private final CoverageFigures figures;
    private final Panels panels;
    private final id.pesona.contribution.Deadlines deadlines;
    private final BudgetController budget;
    private final BudgetPlanner planner;
    private final TenantProperties tenant;
    private final Clock clock;

    MonitoringApi(
            CoverageFigures figures,
            Panels panels,
            id.pesona.contribution.Deadlines deadlines,
            BudgetController budget,
            BudgetPlanner planner,
            TenantProperties tenant,
            Clock clock) {
        this.figures = figures;
        this.panels = panels;
        this.deadlines = deadlines;
        this.budget = budget;
        this.planner = planner;
        this.tenant = tenant;
        this.clock = clock;
    }

    @GetMapping("/coverage")
    @Operation(
            summary =
                    "Cakupan satu wilayah per tanggal, dengan baris per wilayah di bawahnya (basis poin: 10000 = 100 %)")
    CoverageDto coverage(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        Figures f = figures.of(Focus.resolve(region, tenant), date == null ? LocalDate.now(clock) : date);
        return new CoverageDto(
                f.region().dotted(),
                f.region().name(),
                f.date(),
                f.statusAvailable(),
                RowDto.of(f.total()),
                f.children().stream().map(RowDto::of).toList(),
                f.breakdowns(),
                f.growth());
    }

    @GetMapping("/budget")
    @Operation(
            summary =
                    "Biaya setahun skenario kuota (kuota, u<N> seragam, s<id> tersimpan) per desa/kelurahan, sumber dana"
                            + " dan kecamatan, Rupiah bulat: peserta yang ada pada penghasilan yang dilaporkan (existing),"
                            + " slot baru (kuota dikurangi peserta yang ada) pada asumsi penghasilan income")
    List<PlanDto> budget(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String income,
            @RequestParam(required = false) List<String> scenario) {
        var r = budget.request(region, year, income, scenario);
        return r.chosen().stream()
                .map(s -> planner.plan(r.root(), s, r.year(), r.income()))
                .map(p -> new PlanDto(
                        p.scenario().key(),
                        p.scenario().uniform(),
                        p.year(),
                        p.income(),
                        p.existing(),
                        p.existingCost(),
                        p.newSlots(),
                        p.newCost(),
                        p.workers(),
                        p.cost(),
                        p.byFunding(),
                        p.byKecamatan(),
                        p.villages().stream().map(VillageCostDto::of).toList()))
                .toList();
    }

    @GetMapping("/arrears")
    @Operation(summary = "Tunggakan pembayar per umur, terbesar lebih dulu, dan tenggat aktif (Rupiah bulat)")
    ArrearsDto arrears(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        var a = panels.arrears(Focus.resolve(region, tenant), date == null ? LocalDate.now(clock) : date);
        return new ArrearsDto(
                a.available(),
                a.outstanding(),
                a.payersOwing(),
                a.participantsMenunggak(),
                a.participantsNonaktif(),
                a.buckets(),
                a.payers(),
                deadlines.nextActive().orElse(null));
    }

    @GetMapping("/cards")
    @Operation(summary = "Kemajuan kartu per wilayah; klaim bila modul klaim tersedia (tidak ada angka bila belum)")
    CardsDto cards(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var root = Focus.resolve(region, tenant);
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        var claims = panels.claims(root, from == null ? end.withDayOfYear(1) : from, end);
        return new CardsDto(
                panels.cards(root).stream()
                        .map(r -> new CardRowDto(r.code().dotted(), r.name(), r.registered(), r.received(), r.handed()))
                        .toList(),
                claims.orElse(null),
                claims.isPresent());
    }

    @GetMapping("/quality")
    @Operation(
            summary =
                    "Kualitas data: tanpa KPJ, peringatan NIK, duplikat NIK tertangani (NIK disamarkan), desa tanpa perubahan data N hari")
    QualityDto quality(@RequestParam(required = false) String region, @RequestParam(required = false) Integer days) {
        return QualityDto.of(panels.quality(
                Focus.resolve(region, tenant),
                LocalDate.now(clock),
                days == null || days < 1 ? PanelsController.STALE_DAYS : Math.min(days, 3650)));
    }
}
