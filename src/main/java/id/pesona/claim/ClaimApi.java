package id.pesona.claim;

import id.pesona.shared.CurrentUser;
import id.pesona.shared.NotFoundException;
import id.pesona.shared.RegionCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Claims through the REST API, scoped and guarded like the pages. */
@RestController
@RequestMapping("/api/v1/claims")
@Tag(name = "Klaim", description = "Laporan kejadian JKK/JKM, kelayakan, perkiraan manfaat dan jalannya klaim")
class ClaimApi {

    record ClaimDto(
            long id,
            long participantId,
            String participantName,
            String village,
            ClaimType type,
            LocalDate incidentDate,
            Outcome outcome,
            ClaimStatus status,
            Verdict verdict,
            long arrearsAmount,
            List<YearMonth> arrearsMonths,
            String arrearsPayer,
            long estimateTotal,
            LocalDate assessedOn,
            Long paidAmount,
            LocalDate paidOn,
            String rejectionReason) {}

    record ReasonDto(String severity, String key, String text) {}

    record LineDto(BenefitCode code, Long amount, boolean upTo, String text, String legalBasis) {}

    record StepDto(ClaimStatus status, String note, String actor, Instant at) {}

    record DetailDto(
            ClaimDto claim,
            Verdict verdict,
            List<ReasonDto> reasons,
            int membershipMonths,
            List<YearMonth> unpaidMonths,
            long amountDue,
            String payer,
            List<LineDto> estimate,
            long estimateTotal,
            long estimateUpTo,
            List<Document> requiredDocuments,
            Set<Document> receivedDocuments,
            List<Long> heirIds,
            List<StepDto> steps) {}

    record Documents(List<Document> documents) {}

    record Payment(Long amount, LocalDate paidOn) {}

    record Refusal(String reason) {}

    record RuleDto(
            long id,
            BenefitCode code,
            LocalDate validFrom,
            Long amount,
            Integer incomeMultiple,
            Integer basisPoints,
            Integer quantity,
            Integer months,
            String legalBasis) {}

    private final Claims claims;
    private final BenefitRuleBook rules;
    private final ClaimText text;

    ClaimApi(Claims claims, BenefitRuleBook rules, ClaimText text) {
        this.claims = claims;
        this.rules = rules;
        this.text = text;
    }

    @GetMapping
    @Operation(summary = "Klaim dalam cakupan akun, disaring menurut status, jenis, kelayakan, wilayah dan periode")
    List<ClaimDto> list(
            @RequestParam(required = false) ClaimStatus status,
            @RequestParam(required = false) ClaimType type,
            @RequestParam(required = false) Verdict verdict,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "200") int limit) {
        RegionCode r = region == null || region.isBlank()
                ? null
                : RegionCode.tryParse(region).orElseThrow(() -> new NotFoundException("Wilayah " + region));
        if (r != null) {
            CurrentUser.requireInScope(r);
        }
        return claims.list(new Claims.Filter(status, type, verdict, r, from, to), limit).stream()
                .map(ClaimApi::dto)
                .toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Laporkan kejadian (ADMIN, BPJS, DESA untuk desanya sendiri); laporan kematian kedua untuk"
                    + " peserta yang sama dijawab 409 dengan existingClaimId")
    DetailDto report(@RequestBody NewClaim body) {
        return detail(claims.report(body).id());
    }

    /** A second report of a worker's death: 409 naming the claim that already holds it. */
    @ExceptionHandler(DeathAlreadyReported.class)
    ProblemDetail deathTwice(DeathAlreadyReported e) {
        ProblemDetail p =
                ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text.text(e.messageKey(), List.of(e.args())));
        p.setTitle(text.text("claim.error.conflict.title", List.of()));
        p.setProperty("errors", Map.of(e.field(), p.getDetail()));
        p.setProperty("existingClaimId", e.existingClaimId());
        p.setProperty("existingClaim", "/api/v1/claims/" + e.existingClaimId());
        p.setProperty("existingClaimPage", "/klaim/" + e.existingClaimId());
        return p;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Satu klaim dengan kelayakan saat ini, perkiraan manfaat, berkas dan riwayat")
    DetailDto detail(@PathVariable long id) {
        Claims.Detail d = claims.detail(id);
        var a = d.assessment();
        return new DetailDto(
                dto(d.claim()),
                a.verdict(),
                a.reasons().stream()
                        .map(r -> new ReasonDto(r.severity().name(), r.key(), text.reason(r)))
                        .toList(),
                a.membershipMonths(),
                a.unpaidMonths(),
                a.amountDue(),
                a.payerName(),
                d.estimate().lines().stream()
                        .map(l -> new LineDto(l.code(), l.amount(), l.upTo(), text.line(l), l.legalBasis()))
                        .toList(),
                d.estimate().total(),
                d.estimate().upToTotal(),
                d.required(),
                d.received(),
                d.heirs().stream().map(h -> h.id()).toList(),
                d.steps().stream()
                        .map(s -> new StepDto(s.status(), s.note(), s.actor(), s.at()))
                        .toList());
    }

    @PostMapping("/{id}/documents-complete")
    @Operation(summary = "Berkas lengkap: semua dokumen daftar periksa diterima (ADMIN, BPJS)")
    DetailDto complete(@PathVariable long id, @RequestBody Documents body) {
        Set<Document> docs = EnumSet.noneOf(Document.class);
        if (body.documents() != null) {
            docs.addAll(body.documents());
        }
        claims.complete(id, docs);
        return detail(id);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Ajukan ke BPJS (ADMIN, BPJS)")
    DetailDto submit(@PathVariable long id) {
        claims.submit(id);
        return detail(id);
    }

    @PostMapping("/{id}/pay")
    @Operation(summary = "Catat pembayaran BPJS: jumlah dan tanggal (ADMIN, BPJS); klaim terhambat ditolak")
    DetailDto pay(@PathVariable long id, @RequestBody Payment body) {
        claims.pay(id, body.amount(), body.paidOn());
        return detail(id);
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Tolak klaim dengan alasan (ADMIN, BPJS)")
    DetailDto reject(@PathVariable long id, @RequestBody Refusal body) {
        claims.reject(id, body.reason());
        return detail(id);
    }

    @PostMapping("/{id}/reassess")
    @Operation(summary = "Periksa ulang kelayakan klaim yang masih berjalan")
    DetailDto reassess(@PathVariable long id) {
        claims.reassess(id);
        return detail(id);
    }

    @GetMapping("/benefit-rules")
    @Operation(summary = "Aturan manfaat berlaku-mulai dengan dasar hukum")
    List<RuleDto> benefitRules() {
        return rules.rules().rows().stream().map(ClaimApi::dto).toList();
    }

    @PostMapping("/benefit-rules")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Tambah baris aturan manfaat mulai tanggal tertentu (ADMIN); baris tidak pernah diubah")
    RuleDto addBenefitRule(@RequestBody BenefitRuleBook.NewRule body) {
        return dto(rules.add(body));
    }

    private static RuleDto dto(BenefitRule r) {
        return new RuleDto(
                r.id(),
                r.code(),
                r.validFrom(),
                r.amount(),
                r.incomeMultiple(),
                r.basisPoints(),
                r.quantity(),
                r.months(),
                r.legalBasis());
    }

    private static ClaimDto dto(Claim c) {
        return new ClaimDto(
                c.id(),
                c.participantId(),
                c.participantName(),
                c.village().dotted(),
                c.type(),
                c.incidentDate(),
                c.outcome(),
                c.status(),
                c.verdict(),
                c.arrearsAmount(),
                c.unpaidMonths(),
                c.arrearsPayer(),
                c.estimateTotal(),
                c.assessedOn(),
                c.paidAmount(),
                c.paidOn(),
                c.rejectionReason());
    }
}
