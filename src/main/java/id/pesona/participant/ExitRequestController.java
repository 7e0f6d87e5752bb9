package id.pesona.participant;

import id.pesona.region.Region;
import id.pesona.region.Regions;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.RegionCode;
import id.pesona.shared.Role;
import id.pesona.shared.TenantProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Exit requests on pages: the village asks from the worker's page, the Dinas or BPJS decides on the list
 * {@code /peserta/keluar} (or on the worker's page); camat and leadership read.
 */
@Controller
class ExitRequestController {

    private final ExitRequests exits;
    private final Regions regions;
    private final TenantProperties tenant;

    ExitRequestController(ExitRequests exits, Regions regions, TenantProperties tenant) {
        this.exits = exits;
        this.regions = regions;
        this.tenant = tenant;
    }

    /** Deciders and readers start on the open requests; a village on all of its own. */
    @GetMapping("/peserta/keluar")
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String wilayah,
            Model model) {
        ExitState state = state(status);
        RegionCode region = ParticipantController.regionParam(wilayah);
        List<ExitRequest> rows = exits.list(region, state);
        model.addAttribute("rows", rows);
        model.addAttribute("status", state == null ? "SEMUA" : state.name());
        model.addAttribute("states", ExitState.values());
        model.addAttribute("wilayah", wilayah);
        model.addAttribute("villages", regions.villages(tenant.root(), CurrentUser.scope()));
        model.addAttribute("endReasons", EndReason.values());
        Map<RegionCode, Region> names = regions.findAll(
                rows.stream().map(ExitRequest::village).distinct().toList());
        model.addAttribute("villageNames", names);
        model.addAttribute("decides", decides());
        return "participant/exits";
    }

    private static ExitState state(String status) {
        if (status == null || status.isBlank()) {
            return CurrentUser.require().role() == Role.DESA ? null : ExitState.DIAJUKAN;
        }
        return status.equals("SEMUA") ? null : ExitState.parse(status);
    }

    static boolean decides() {
        Role r = CurrentUser.require().role();
        return r == Role.ADMIN || r == Role.BPJS;
    }

    @PostMapping("/peserta/{id}/keluar")
    @PreAuthorize("hasRole('DESA')")
    String request(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String exitOn,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            exits.request(id, reason, date(exitOn), note);
            redirect.addFlashAttribute("success", "exit.requested");
        } catch (InvalidInputException e) {
            flashError(redirect, e);
            redirect.addFlashAttribute("exitReason", reason);
            redirect.addFlashAttribute("exitOn", exitOn);
            redirect.addFlashAttribute("exitNote", note);
        }
        return "redirect:/peserta/" + id;
    }

    @PostMapping("/peserta/keluar/{id}/setujui")
    @PreAuthorize("hasAnyRole('ADMIN', 'BPJS')")
    String approve(@PathVariable long id, @RequestParam(required = false) String kembali, RedirectAttributes redirect) {
        return decide(id, kembali, redirect, "exit.approved", () -> exits.approve(id));
    }

    @PostMapping("/peserta/keluar/{id}/tolak")
    @PreAuthorize("hasAnyRole('ADMIN', 'BPJS')")
    String reject(
            @PathVariable long id,
            @RequestParam(required = false) String rejectionReason,
            @RequestParam(required = false) String kembali,
            RedirectAttributes redirect) {
        return decide(id, kembali, redirect, "exit.rejected", () -> exits.reject(id, rejectionReason));
    }

    private String decide(
            long id,
            String back,
            RedirectAttributes redirect,
            String success,
            java.util.function.Supplier<ExitRequest> action) {
        ExitRequest r = exits.get(id);
        try {
            action.get();
            redirect.addFlashAttribute("success", success);
        } catch (InvalidInputException e) {
            flashError(redirect, e);
            redirect.addFlashAttribute("exitErrorId", id);
        }
        return "peserta".equals(back) ? "redirect:/peserta/" + r.participantId() : "redirect:/peserta/keluar";
    }

    /** A date typed by hand (or sent by a script) that is not yyyy-mm-dd gets a message, not a 400 page. */
    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("exitOn", "exit.error.exitOn.format");
        }
    }

    private static void flashError(RedirectAttributes redirect, InvalidInputException e) {
        redirect.addFlashAttribute("exitError", e.messageKey());
        redirect.addFlashAttribute("exitErrorArgs", e.args());
        redirect.addFlashAttribute("exitErrorField", e.field());
    }
}
