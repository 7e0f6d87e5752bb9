package id.pesona.participant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Exit requests through the REST API, scoped like the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Permintaan keluar",
        description = "Desa mengajukan peserta keluar; Dinas (ADMIN) atau BPJS menyetujui (kepesertaan berhenti)"
                + " atau menolak dengan alasan")
class ExitRequestApi {

    record ExitRequestDto(
            long id,
            long participantId,
            String participantName,
            String village,
            String reason,
            LocalDate exitOn,
            String note,
            String state,
            String requestedBy,
            Instant requestedAt,
            String decidedBy,
            Instant decidedAt,
            String rejectionReason) {

        static ExitRequestDto of(ExitRequest r) {
            return new ExitRequestDto(
                    r.id(),
                    r.participantId(),
                    r.participantName(),
                    r.village().dotted(),
                    r.reason().name(),
                    r.exitOn(),
                    r.note(),
                    r.state().name(),
                    r.requestedBy(),
                    r.requestedAt(),
                    r.decidedBy(),
                    r.decidedAt(),
                    r.rejectionReason());
        }
    }

    record NewExitRequest(String reason, LocalDate exitOn, String note) {}

    record Rejection(String reason) {}

    private final ExitRequests exits;

    ExitRequestApi(ExitRequests exits) {
        this.exits = exits;
    }

    @PostMapping("/participants/{id}/exit-requests")
    @Operation(
            summary = "Ajukan peserta keluar (DESA untuk desanya): alasan MENINGGAL, PINDAH, BATAS_USIA,"
                    + " MENGUNDURKAN_DIRI atau DIGANTI, tanggal keluar, catatan; satu permintaan terbuka per peserta")
    ResponseEntity<ExitRequestDto> request(@PathVariable long id, @RequestBody NewExitRequest body) {
        ExitRequest r = exits.request(id, body.reason(), body.exitOn(), body.note());
        return ResponseEntity.created(URI.create("/api/v1/exit-requests/" + r.id()))
                .body(ExitRequestDto.of(r));
    }

    @GetMapping("/exit-requests")
    @Operation(summary = "Permintaan keluar dalam cakupan; saring wilayah dan status (DIAJUKAN, DISETUJUI, DITOLAK)")
    List<ExitRequestDto> list(
            @RequestParam(required = false) String region, @RequestParam(required = false) String state) {
        ExitState s = state == null || state.isBlank() ? null : ExitState.parse(state);
        return exits.list(ParticipantController.regionParam(region), s).stream()
                .map(ExitRequestDto::of)
                .toList();
    }

    @GetMapping("/exit-requests/{id}")
    @Operation(summary = "Satu permintaan keluar")
    ExitRequestDto get(@PathVariable long id) {
        return ExitRequestDto.of(exits.get(id));
    }

    @PostMapping("/exit-requests/{id}/approve")
    @Operation(summary = "Setujui: kepesertaan berhenti dengan alasan dan tanggal permintaan (ADMIN, BPJS)")
    ExitRequestDto approve(@PathVariable long id) {
        return ExitRequestDto.of(exits.approve(id));
    }

    @PostMapping("/exit-requests/{id}/reject")
    @Operation(summary = "Tolak dengan alasan yang dilihat desa (ADMIN, BPJS)")
    ExitRequestDto reject(@PathVariable long id, @RequestBody Rejection body) {
        return ExitRequestDto.of(exits.reject(id, body.reason()));
    }
}
