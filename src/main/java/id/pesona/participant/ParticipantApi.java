package id.pesona.participant;

import id.pesona.shared.CurrentUser;
import id.pesona.shared.RegionCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The registry through the REST API, scoped and masked like the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Peserta", description = "Kepesertaan: usulan desa, verifikasi Dinas, pendaftaran BPJS (KPJ), berhenti")
class ParticipantApi {

    record ParticipantDto(
            long id,
            String nik,
            String fullName,
            LocalDate birthDate,
            String sex,
            String village,
            String occupation,
            String segment,
            String fundingSource,
            int programmeYear,
            String status,
            String kpj,
            LocalDate registeredOn,
            String endReason,
            LocalDate endedOn,
            Long replacesId) {

        static ParticipantDto of(Participant p, boolean full) {
            return new ParticipantDto(
                    p.id(),
                    p.nikFor(full),
                    p.fullName(),
                    full ? p.birthDate() : null,
                    p.sex().name(),
                    p.village().dotted(),
                    p.occupation().name(),
                    p.segment().name(),
                    p.fundingSource().name(),
                    p.programmeYear(),
                    p.status().name(),
                    p.kpj() == null ? null : p.kpjFor(full),
                    p.registeredOn(),
                    p.endReason() == null ? null : p.endReason().name(),
                    p.endedOn(),
                    p.replacesId());
        }
    }

    record PageDto(List<ParticipantDto> items, Long nextAfter) {}

    record Registration(String kpj, LocalDate registeredOn) {}

    record Stop(String reason, LocalDate endedOn) {}

    record QuotaDto(String village, String name, int quota, long used, long free) {}

    private final Participants participants;
    private final Quotas quotas;
    private final ParticipantImports imports;
    private final org.springframework.context.MessageSource messages;

    ParticipantApi(
            Participants participants,
            Quotas quotas,
            ParticipantImports imports,
            org.springframework.context.MessageSource messages) {
        this.participants = participants;
        this.quotas = quotas;
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/participants")
    @Operation(summary = "Daftar peserta (cursor: nextAfter), saring nama/NIK/KPJ, wilayah, status, pekerjaan")
    PageDto list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) ParticipantStatus status,
            @RequestParam(required = false) Occupation occupation,
            @RequestParam(required = false) Long after,
            @RequestParam(defaultValue = "100") int size) {
        RegionCode r = ParticipantController.regionParam(region);
        if (r != null) {
            CurrentUser.requireInScope(r);
        }
        boolean full = Participants.seesIdentifiers();
        var page = participants.page(q, r, status, occupation, after, Math.max(1, Math.min(size, 500)));
        return new PageDto(
                page.rows().stream().map(p -> ParticipantDto.of(p, full)).toList(), page.nextAfter());
    }

    @GetMapping("/participants/{id}")
    @Operation(summary = "Satu peserta")
    ParticipantDto get(@PathVariable long id) {
        return ParticipantDto.of(participants.get(id), Participants.seesIdentifiers());
    }

    @PostMapping("/participants")
    @Operation(summary = "Usulkan peserta (DESA untuk desanya, ADMIN)")
    ResponseEntity<ParticipantDto> propose(@RequestBody NewParticipant body) {
        Participant p = participants.propose(body);
        return ResponseEntity.created(URI.create("/api/v1/participants/" + p.id()))
                .body(ParticipantDto.of(p, Participants.seesIdentifiers()));
    }

    @PostMapping("/participants/{id}/verify")
    @Operation(summary = "Verifikasi usulan (ADMIN)")
    ParticipantDto verify(@PathVariable long id) {
        return ParticipantDto.of(participants.verify(id), Participants.seesIdentifiers());
    }

    @PostMapping("/participants/{id}/register")
    @Operation(summary = "Daftarkan dengan nomor KPJ (BPJS, ADMIN)")
    ParticipantDto register(@PathVariable long id, @RequestBody Registration body) {
        return ParticipantDto.of(
                participants.register(id, body.kpj(), body.registeredOn()), Participants.seesIdentifiers());
    }

    @PostMapping("/participants/{id}/stop")
    @Operation(summary = "Hentikan kepesertaan dengan alasan (BPJS, ADMIN)")
    ParticipantDto stop(@PathVariable long id, @RequestBody Stop body) {
        return ParticipantDto.of(participants.stop(id, body.reason(), body.endedOn()), Participants.seesIdentifiers());
    }

    @PostMapping(value = "/participants/imports", consumes = "multipart/form-data")
    @PreAuthorize("hasAnyRole('ADMIN', 'DESA')")
    @Operation(summary = "Impor berkas .xlsx/.csv (mode SEMUA_ATAU_TIDAK atau HANYA_VALID); diproses di latar belakang")
    ResponseEntity<ParticipantImports.Batch> startImport(
            @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
            @RequestParam ParticipantImports.Mode mode)
            throws java.io.IOException {
        long id = imports.start(file, mode);
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/participants/imports/" + id))
                .body(imports.get(id));
    }

    @GetMapping("/participants/imports/{id}")
    @Operation(summary = "Kemajuan dan hasil satu impor")
    ParticipantImports.Batch importStatus(@PathVariable long id) {
        return imports.get(id);
    }

    @PostMapping("/participants/imports/{id}/cancel")
    @Operation(
            summary =
                    "Hentikan impor (pemiliknya atau ADMIN): baris yang sudah tersimpan tetap tersimpan (HANYA_VALID),"
                            + " SEMUA_ATAU_TIDAK tidak menyimpan apa pun; 200 dengan hasil akhir, 202 bila masih berhenti,"
                            + " 409 bila impor sudah berakhir")
    ResponseEntity<ParticipantImports.Batch> cancelImport(@PathVariable long id) {
        ParticipantImports.Batch b = imports.stop(id);
        return b.running() ? ResponseEntity.accepted().body(b) : ResponseEntity.ok(b);
    }

    /** A stop asked for an import that has already ended: 409 naming its final status. */
    @org.springframework.web.bind.annotation.ExceptionHandler(ParticipantImports.AlreadyFinished.class)
    org.springframework.http.ProblemDetail alreadyFinished(ParticipantImports.AlreadyFinished e) {
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        String status = messages.getMessage(
                "import.status." + e.batch().status(), null, e.batch().status(), locale);
        var p = org.springframework.http.ProblemDetail.forStatusAndDetail(
                org.springframework.http.HttpStatus.CONFLICT,
                messages.getMessage("import.stop.error.final", new Object[] {status}, locale));
        p.setTitle(messages.getMessage("import.stop.error.title", null, locale));
        p.setProperty("importStatus", e.batch().status());
        p.setProperty("errors", java.util.Map.of("status", p.getDetail()));
        return p;
    }

    @GetMapping("/participants/imports/{id}/errors")
    @Operation(summary = "Baris yang ditolak dalam satu impor")
    List<ParticipantImports.RowError> importErrors(@PathVariable long id) {
        return imports.errors(id);
    }

    @GetMapping("/quotas")
    @Operation(summary = "Kuota dan pemakaian per desa/kelurahan untuk satu tahun")
    List<QuotaDto> quotas(@RequestParam String region, @RequestParam int year) {
        RegionCode r = ParticipantController.regionParam(region);
        return quotas.forRegion(r, year).stream()
                .map(q -> new QuotaDto(q.dotted(), q.name(), q.quota(), q.used(), q.free()))
                .toList();
    }
}
