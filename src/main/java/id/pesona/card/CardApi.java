package id.pesona.card;

import id.pesona.shared.NotFoundException;
import id.pesona.shared.RegionCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Cards through the REST API, scoped like the pages. */
@RestController
@RequestMapping("/api/v1/cards")
@Tag(name = "Kartu", description = "Kartu peserta: diterima dari BPJS, diserahkan kepada pekerja")
class CardApi {

    record CardDto(long participantId, String fullName, LocalDate receivedOn, LocalDate handedOn, Long handoverId) {}

    record Received(List<Long> participantIds, LocalDate date) {}

    record NewHandover(
            String village, List<Long> participantIds, LocalDate date, String place, String handedBy, String witness) {}

    record HandoverDto(
            long id,
            String village,
            LocalDate date,
            String place,
            String handedBy,
            String witness,
            List<Long> participantIds) {}

    private final Cards cards;

    CardApi(Cards cards) {
        this.cards = cards;
    }

    private static RegionCode village(String text) {
        return RegionCode.tryParse(text).orElseThrow(() -> new NotFoundException("Wilayah " + text));
    }

    @GetMapping
    @Operation(summary = "Status kartu peserta terdaftar satu desa/kelurahan")
    List<CardDto> list(@RequestParam String village) {
        return cards.village(village(village)).stream()
                .map(r -> new CardDto(
                        r.participant().id(), r.participant().fullName(), r.receivedOn(), r.handedOn(), r.handoverId()))
                .toList();
    }

    @PostMapping("/received")
    @Operation(summary = "Catat kartu diterima dari BPJS (BPJS, ADMIN); jumlah yang baru dicatat")
    int received(@RequestBody Received body) {
        return cards.received(body.participantIds(), body.date());
    }

    @PostMapping("/handovers")
    @PreAuthorize("hasAnyRole('ADMIN', 'BPJS', 'DESA')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Serah terima kartu terpilih satu desa (ADMIN, BPJS, DESA); Berita Acara di .../berita-acara.pdf")
    HandoverDto handOver(@RequestBody NewHandover body) {
        var h = cards.handOver(
                village(body.village()),
                body.participantIds(),
                body.date(),
                body.place(),
                body.handedBy(),
                body.witness());
        return dto(h);
    }

    @GetMapping("/handovers/{id}")
    @Operation(summary = "Satu serah terima dengan pesertanya")
    HandoverDto handover(@PathVariable long id) {
        return dto(cards.handover(id));
    }

    private HandoverDto dto(Cards.Handover h) {
        return new HandoverDto(
                h.id(),
                h.village().dotted(),
                h.date(),
                h.place(),
                h.handedBy(),
                h.witness(),
                cards.handedIn(h.id()).stream().map(p -> p.id()).toList());
    }
}
