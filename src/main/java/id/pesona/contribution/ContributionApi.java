package id.pesona.contribution;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Contribution rules and payers through the REST API. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Iuran", description = "Tarif iuran (berlaku mulai tanggal, dengan dasar hukum) dan pembayar")
class ContributionApi {

    record PayerDto(long id, String code, String name, String fundingSource, String region, String bpjsGroup) {
        static PayerDto of(Payer p) {
            return new PayerDto(
                    p.id(), p.code(), p.name(), p.fundingSource(), p.region().dotted(), p.bpjsGroup());
        }
    }

    record RunRequest(java.time.YearMonth month) {}

    private final ContributionRules rules;
    private final Payers payers;
    private final BillingRun billing;

    ContributionApi(ContributionRules rules, Payers payers, BillingRun billing) {
        this.rules = rules;
        this.payers = payers;
        this.billing = billing;
    }

    @PostMapping("/billing-runs")
    @Operation(
            summary = "Jalankan tagihan bulanan (ADMIN); menjalankan bulan yang sama lagi hanya menambah yang berubah",
            description = "Bulan setelah bulan berjalan ditolak (400), begitu pula bulan yang melompati bulan yang"
                    + " belum ditagih; lihat GET /api/v1/billing-runs/schedule untuk bulan berikutnya.")
    BillingRun.Result runBilling(@RequestBody RunRequest body) {
        return billing.run(body.month());
    }

    @GetMapping("/billing-runs/schedule")
    @Operation(summary = "Bulan pertama dan terakhir yang sudah ditagih, bulan berikutnya, dan bulan berjalan")
    BillingRun.Schedule billingSchedule() {
        return billing.schedule();
    }

    @GetMapping("/bills")
    @Operation(summary = "Tagihan per pembayar untuk satu bulan iuran, sesuai cakupan")
    List<BillingRun.BillSummary> bills(@RequestParam java.time.YearMonth month) {
        return billing.bills(month);
    }

    @GetMapping("/tariffs")
    @Operation(summary = "Semua baris tarif iuran dengan masa berlaku dan dasar hukum")
    List<TariffRule> tariffs() {
        return rules.tariffs().rules();
    }

    @PostMapping("/tariffs")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Tambah baris tarif mulai bulan tertentu (kind RATE: persen, FLAT: Rupiah), hanya ADMIN")
    TariffRule addTariff(@RequestBody ContributionRules.NewTariff body) {
        return rules.addTariff(body);
    }

    @GetMapping("/contribution-settings")
    @Operation(summary = "Pengaturan masa tenggang dan tanggal jatuh tempo, berlaku mulai tanggal")
    List<ContributionSetting> settings() {
        return rules.settings();
    }

    @GetMapping("/payers")
    @Operation(summary = "Pembayar iuran dalam cakupan wilayah akun")
    List<PayerDto> payers(
            @RequestParam(required = false) String fundingSource, @RequestParam(required = false) String q) {
        return payers.list(fundingSource, q).stream().map(PayerDto::of).toList();
    }
}
