package id.pesona.card;

import id.pesona.audit.AuditTrail;
import id.pesona.document.PdfDocuments;
import id.pesona.region.Region;
import id.pesona.region.Regions;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.NotFoundException;
import id.pesona.shared.Redirects;
import id.pesona.shared.RegionCode;
import id.pesona.shared.TenantProperties;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Cards of a village: received from BPJS, handed over in bulk, and the Berita Acara Serah Terima as PDF. */
@Controller
@RequestMapping("/kartu")
class CardController {

    private final Cards cards;
    private final Regions regions;
    private final PdfDocuments pdf;
    private final AuditTrail audit;
    private final TenantProperties tenant;
    private final Clock clock;

    CardController(
            Cards cards, Regions regions, PdfDocuments pdf, AuditTrail audit, TenantProperties tenant, Clock clock) {
        this.cards = cards;
        this.regions = regions;
        this.pdf = pdf;
        this.audit = audit;
        this.tenant = tenant;
        this.clock = clock;
    }

    @GetMapping
    String village(@RequestParam(required = false) String wilayah, Model model) {
        List<Region> villages = regions.villages(tenant.root(), CurrentUser.scope());
        RegionCode village = wilayah == null || wilayah.isBlank()
                ? CurrentUser.scope().root().filter(RegionCode::isVillage).orElse(null)
                : RegionCode.tryParse(wilayah).orElseThrow(() -> new NotFoundException("Wilayah " + wilayah));
        model.addAttribute("villages", villages);
        model.addAttribute("today", LocalDate.now(clock));
        if (village != null) {
            model.addAttribute("village", regions.get(village));
            model.addAttribute("rows", cards.village(village));
            model.addAttribute("handovers", cards.handovers(village));
        }
        return "card/village";
    }

    @PostMapping("/diterima")
    String received(
            @RequestParam String wilayah,
            @RequestParam(name = "ids", required = false) List<Long> ids,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            RedirectAttributes redirect) {
        RegionCode.tryParse(wilayah).ifPresent(CurrentUser::within);
        try {
            int n = cards.received(ids, date);
            redirect.addFlashAttribute("success", "card.received.saved");
            redirect.addFlashAttribute("count", n);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("cardError", e.messageKey());
            redirect.addFlashAttribute("cardErrorArgs", e.args());
        }
        return Redirects.to("/kartu", "wilayah", wilayah);
    }

    @PostMapping("/serah-terima")
    String handOver(
            @RequestParam String wilayah,
            @RequestParam(name = "ids", required = false) List<Long> ids,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) String handedBy,
            @RequestParam(required = false) String witness,
            RedirectAttributes redirect) {
        RegionCode village = RegionCode.tryParse(wilayah).orElseThrow(() -> new NotFoundException(wilayah));
        try {
            Cards.Handover h = cards.handOver(village, ids, date, place, handedBy, witness);
            redirect.addFlashAttribute("success", "card.handover.saved");
            return "redirect:/kartu/serah-terima/" + h.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("cardError", e.messageKey());
            redirect.addFlashAttribute("cardErrorArgs", e.args());
            return Redirects.to("/kartu", "wilayah", wilayah);
        }
    }

    @GetMapping("/serah-terima/{id}")
    String handover(@PathVariable long id, Model model) {
        Cards.Handover h = cards.handover(id);
        model.addAttribute("handover", h);
        model.addAttribute("village", regions.get(h.village()));
        model.addAttribute("people", cards.handedIn(id));
        return "card/handover";
    }

    @GetMapping("/serah-terima/{id}/berita-acara.pdf")
    void beritaAcara(@PathVariable long id, HttpServletResponse response) throws IOException {
        Cards.Handover h = cards.handover(id);
        var people = cards.handedIn(id);
        List<Region> lineage = regions.lineage(h.village());
        audit.export(
                "CARD_HANDOVER",
                h.village().digits(),
                "Berita Acara serah terima kartu #" + id + " (" + people.size() + " peserta)",
                Map.of("serahTerima", id));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"berita-acara-serah-terima-" + id + ".pdf\"");
        pdf.render(
                "pdf/berita-acara",
                Map.of(
                        "handover",
                        h,
                        "people",
                        people,
                        "village",
                        lineage.get(lineage.size() - 1),
                        "kecamatan",
                        lineage.get(lineage.size() - 2)),
                h.date(),
                LocaleContextHolder.getLocale(),
                response.getOutputStream());
    }
}
