package id.pesona.contribution;

import id.pesona.shared.RegionCode;
import id.pesona.shared.TenantProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Payments, arrears, status on a date and the forecast through the REST API; scoped like the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Pembayaran dan status", description = "Pembayaran iuran, tunggakan, status peserta pada tanggal, proyeksi")
class PaymentApi {

    record ReversalRequest(String reason) {}

    record CoverDto(Coverage.ParticipantCover cover, List<CoverRules.Change> history) {}

    /** One row of an import report, its reason as a sentence in the caller's language. */
    record ImportRowDto(int row, PaymentImports.RowOutcome outcome, String field, String message) {}

    record ImportReportDto(
            Long importId,
            String fileName,
            boolean sameFileBefore,
            boolean applied,
            int rows,
            int recorded,
            int known,
            int rejected,
            long amountRecorded,
            List<ImportRowDto> results) {

        static ImportReportDto of(PaymentImports.Report r, org.springframework.context.MessageSource messages) {
            var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
            return new ImportReportDto(
                    r.importId(),
                    r.fileName(),
                    r.sameFileBefore(),
                    r.applied(),
                    r.rows(),
                    r.recorded(),
                    r.known(),
                    r.rejected(),
                    r.amountRecorded(),
                    r.results().stream()
                            .map(x -> new ImportRowDto(
                                    x.row(),
                                    x.outcome(),
                                    x.field(),
                                    x.messageKey() == null
                                            ? null
                                            : messages.getMessage(
                                                    x.messageKey(), x.args().toArray(), x.messageKey(), locale)))
                            .toList());
        }
    }

    private final Payments payments;
    private final PaymentImports imports;
    private final PayerAccounts accounts;
    private final CoverageService coverage;
    private final Forecasts forecasts;
    private final TenantProperties tenant;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    PaymentApi(
            Payments payments,
            PaymentImports imports,
            PayerAccounts accounts,
            CoverageService coverage,
            Forecasts forecasts,
            TenantProperties tenant,
            Clock clock,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.payments = payments;
        this.imports = imports;
        this.accounts = accounts;
        this.coverage = coverage;
        this.forecasts = forecasts;
        this.tenant = tenant;
        this.clock = clock;
    }

    private LocalDate dateOr(LocalDate d) {
        return d == null ? LocalDate.now(clock) : d;
    }

    private RegionCode regionOr(String region) {
        if (region == null || region.isBlank()) {
            return tenant.root();
        }
        return RegionCode.tryParse(region)
                .orElseThrow(
                        () -> new id.pesona.shared.InvalidInputException("region", "region.error.code.format", region));
    }

    @GetMapping("/payments")
    @Operation(summary = "Pembayaran dalam cakupan akun, terbaru dahulu (opsional: satu pembayar, periode)")
    List<Payments.PaymentRow> payments(
            @RequestParam(required = false) Long payerId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            @RequestParam(defaultValue = "500") int limit) {
        return payments.list(payerId, from, until, limit);
    }

    @PostMapping("/payments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Catat pembayaran (ADMIN, BPJS): melunasi tagihan tertua dahulu; sisa menjadi saldo;"
                    + " referensi yang sama untuk pembayar yang sama dijawab 409 (problem+json)")
    Payments.PaymentRow record(@RequestBody Payments.NewPayment body) {
        return payments.record(body);
    }

    @PostMapping("/payments/{id}/reversal")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Batalkan pembayaran keliru dengan entri pembalik (ADMIN, BPJS); pembayaran asli tetap ada")
    Payments.PaymentRow reverse(@PathVariable long id, @RequestBody ReversalRequest body) {
        return payments.reverse(id, body.reason());
    }

    @PostMapping(value = "/payments/imports", consumes = "multipart/form-data")
    @Operation(
            summary = "Impor berkas pembayaran .xlsx/.csv (kolom TANGGAL, PEMBAYAR, JUMLAH, REFERENSI, KETERANGAN);"
                    + " berkas yang sama dua kali (juga serentak) tidak mengubah apa pun: sameFileBefore")
    ImportReportDto importPayments(
            @RequestParam("file") MultipartFile file, @RequestParam(required = false) PaymentImports.Mode mode) {
        return ImportReportDto.of(imports.importUpload(file, mode), messages);
    }

    @GetMapping("/payers/{id}/account")
    @Operation(summary = "Rekening iuran satu pembayar: tagihan, pembayaran, tunggakan per umur, peserta menunggak")
    PayerAccounts.Account account(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return accounts.account(id, dateOr(date));
    }

    @GetMapping("/arrears")
    @Operation(summary = "Tunggakan per pembayar dengan umur tunggakan (1–30, 31–60, 61–90, >90 hari)")
    List<Coverage.PayerArrears> arrears(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return accounts.arrears(regionOr(region), dateOr(date));
    }

    @GetMapping("/participants/{id}/cover")
    @Operation(summary = "Status kepesertaan pada tanggal (AKTIF, MENUNGGAK, NONAKTIF), bulan terbayar, riwayat status")
    CoverDto cover(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate d = dateOr(date);
        return new CoverDto(coverage.coverOn(id, d), coverage.history(id, d));
    }

    @GetMapping("/coverage/villages")
    @Operation(summary = "Jumlah peserta per status per desa/kelurahan pada tanggal")
    List<Coverage.VillageStatus> villages(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return coverage.statusByVillage(regionOr(region), dateOr(date));
    }

    @GetMapping("/forecast")
    @Operation(
            summary = "Proyeksi: peserta yang menjadi NONAKTIF pada tanggal bila tidak ada pembayaran lagi, per desa,"
                    + " dengan jumlah yang mencegahnya")
    List<Forecasts.VillageForecast> forecast(
            @RequestParam(required = false) String region,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return forecasts.villages(regionOr(region), date);
    }
}
