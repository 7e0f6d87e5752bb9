package id.pesona.participant;

import id.pesona.audit.AuditQuery;
import id.pesona.audit.AuditTrail;
import id.pesona.document.Spreadsheet;
import id.pesona.region.Region;
import id.pesona.region.Regions;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.Forms;
import id.pesona.shared.FundingSource;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.NotFoundException;
import id.pesona.shared.RegionCode;
import id.pesona.shared.TenantProperties;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the registry: list and search, proposal, detail with the lifecycle actions, export. */
@Controller
@RequestMapping("/peserta")
class ParticipantController {

    static final int PAGE = 50;

    private final Participants participants;
    private final ExitRequests exits;
    private final Quotas quotas;
    private final Regions regions;
    private final AuditTrail audit;
    private final TenantProperties tenant;
    private final MessageSource messages;
    private final Clock clock;

    ParticipantController(
            Participants participants,
            ExitRequests exits,
            Quotas quotas,
            Regions regions,
            AuditTrail audit,
            TenantProperties tenant,
            MessageSource messages,
            Clock clock) {
        this.participants = participants;
        this.exits = exits;
        this.quotas = quotas;
        this.regions = regions;
        this.audit = audit;
        this.tenant = tenant;
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("statuses", ParticipantStatus.values());
        model.addAttribute("occupations", Occupation.values());
        model.addAttribute("fundingSources", FundingSource.values());
        model.addAttribute("endReasons", EndReason.values());
        model.addAttribute("relations", Heir.RELATIONS);
        model.addAttribute("full", CurrentUser.get().isPresent() && Participants.seesIdentifiers());
    }

    static RegionCode regionParam(String wilayah) {
        if (wilayah == null || wilayah.isBlank()) {
            return null;
        }
        return RegionCode.tryParse(wilayah).orElseThrow(() -> new NotFoundException("Wilayah " + wilayah));
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String wilayah,
            @RequestParam(required = false) ParticipantStatus status,
            @RequestParam(required = false) Occupation pekerjaan,
            @RequestParam(required = false) Long after,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        RegionCode region = regionParam(wilayah);
        if (region != null) {
            CurrentUser.requireInScope(region);
        }
        Participants.Page page = participants.page(q, region, status, pekerjaan, after, PAGE);
        model.addAttribute("page", page);
        model.addAttribute("villageNames", villageNames(page.rows()));
        model.addAttribute("q", q);
        model.addAttribute("wilayah", wilayah);
        model.addAttribute("status", status);
        model.addAttribute("pekerjaan", pekerjaan);
        model.addAttribute("villages", regions.villages(tenant.root(), CurrentUser.scope()));
        return htmx != null && after != null ? "participant/list :: rows" : "participant/list";
    }

    private Map<RegionCode, Region> villageNames(List<Participant> rows) {
        return regions.findAll(
                rows.stream().map(Participant::village).distinct().toList());
    }

    @GetMapping("/ekspor.xlsx")
    void export(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String wilayah,
            @RequestParam(required = false) ParticipantStatus status,
            @RequestParam(required = false) Occupation pekerjaan,
            HttpServletResponse response)
            throws IOException {
        RegionCode region = regionParam(wilayah);
        if (region != null) {
            CurrentUser.requireInScope(region);
        }
        boolean full = Participants.seesIdentifiers();
        List<List<?>> rows = new ArrayList<>();
        participants.forEach(
                q,
                region,
                status,
                pekerjaan,
                p -> rows.add(List.of(
                        p.nikFor(full),
                        p.fullName(),
                        msg(p.sex().messageKey()),
                        p.birthDate(),
                        p.village().dotted(),
                        msg(p.occupation().messageKey()),
                        msg(p.fundingSource().messageKey()),
                        p.programmeYear(),
                        msg(p.status().messageKey()),
                        p.kpjFor(full),
                        p.registeredOn() == null ? "" : p.registeredOn())));
        audit.export(
                "PARTICIPANT",
                region == null ? CurrentUser.scope().lower() : region.digits(),
                "Ekspor peserta (" + rows.size() + " baris" + (full ? ", NIK/KPJ lengkap" : ", NIK/KPJ tersamar") + ")",
                Map.of(
                        "q", q == null ? "" : q,
                        "wilayah", wilayah == null ? "" : wilayah,
                        "status", status == null ? "" : status.name(),
                        "pekerjaan", pekerjaan == null ? "" : pekerjaan.name(),
                        "cakupan", CurrentUser.scope().toString()));
        response.setContentType(Spreadsheet.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"peserta.xlsx\"");
        Spreadsheet.write(
                response.getOutputStream(),
                msg("participant.title"),
                msg("participant.title") + " · " + tenant.name(),
                List.of(
                        "NIK",
                        msg("participant.fullName"),
                        msg("participant.sex"),
                        msg("participant.birthDate"),
                        msg("participant.village"),
                        msg("participant.occupation"),
                        msg("participant.fundingSource"),
                        msg("participant.programmeYear"),
                        msg("participant.status"),
                        "KPJ",
                        msg("participant.registeredOn")),
                rows);
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    @GetMapping("/baru")
    @PreAuthorize("hasAnyRole('ADMIN', 'DESA')")
    String newForm(@RequestParam(required = false) Long menggantikan, Model model) {
        ParticipantForm form = new ParticipantForm();
        form.setProgrammeYear(LocalDate.now(clock).getYear());
        CurrentUser.scope().root().filter(RegionCode::isVillage).ifPresent(v -> form.setVillage(v.dotted()));
        if (menggantikan != null) {
            Participant replaced = participants.get(menggantikan);
            form.setReplacesId(replaced.id());
            form.setVillage(replaced.village().dotted());
        }
        return formView(form, model);
    }

    private String formView(ParticipantForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("villages", regions.villages(tenant.root(), CurrentUser.scope()));
        quotaBanner(form, model);
        return "participant/new";
    }

    /** The quota banner alone, for the office choosing another village in the form (htmx). */
    @GetMapping("/baru/kuota")
    @PreAuthorize("hasAnyRole('ADMIN', 'DESA')")
    String quotaBanner(
            @RequestParam(required = false) String village,
            @RequestParam(required = false) String programmeYear,
            Model model) {
        RegionCode.tryParse(village).ifPresent(CurrentUser::requireInScope);
        ParticipantForm form = new ParticipantForm();
        form.setVillage(village);
        form.setProgrammeYear(
                programmeYear != null && programmeYear.strip().matches("\\d{4}")
                        ? Integer.valueOf(programmeYear.strip())
                        : null);
        quotaBanner(form, model);
        return "participant/new :: banner";
    }

    /** A full village learns it when it opens the form, with the way out: ask for an exit, then propose a replacement. */
    private void quotaBanner(ParticipantForm form, Model model) {
        RegionCode village = RegionCode.tryParse(form.getVillage())
                .filter(RegionCode::isVillage)
                .filter(CurrentUser.scope()::contains)
                .orElse(null);
        if (village == null) {
            return;
        }
        int year = form.getProgrammeYear() == null ? LocalDate.now(clock).getYear() : form.getProgrammeYear();
        quotas.forRegion(village, year).stream()
                .filter(q -> q.village().equals(village) && q.free() == 0)
                .findFirst()
                .ifPresent(q -> {
                    model.addAttribute("quotaFull", q);
                    model.addAttribute("quotaYear", String.valueOf(year));
                    model.addAttribute("openExits", exits.openCount(village));
                });
    }

    @PostMapping("/baru")
    @PreAuthorize("hasAnyRole('ADMIN', 'DESA')")
    String propose(
            @ModelAttribute("form") ParticipantForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return formView(form, model);
        }
        try {
            Participant p = participants.propose(form.toNew());
            redirect.addFlashAttribute("success", "participant.proposed");
            return "redirect:/peserta/" + p.id();
        } catch (NikWarningsException e) {
            model.addAttribute("warnings", e.warnings());
            return formView(form, model);
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
            return formView(form, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Participant p = participants.get(id);
        model.addAttribute("p", p);
        model.addAttribute("heirs", participants.heirs(id));
        model.addAttribute("lineage", regions.lineage(p.village()));
        model.addAttribute(
                "history",
                audit.find(new AuditQuery(null, null, "PARTICIPANT", String.valueOf(id), null, null, null, 50)));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("exit", exits.latestFor(id).orElse(null));
        model.addAttribute("decides", ExitRequestController.decides());
        return "participant/show";
    }

    @PostMapping("/{id}/verifikasi")
    @PreAuthorize("hasRole('ADMIN')")
    String verify(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "participant.verified", () -> participants.verify(id));
    }

    @PostMapping("/{id}/daftar")
    @PreAuthorize("hasAnyRole('ADMIN', 'BPJS')")
    String register(
            @PathVariable long id,
            @RequestParam(required = false) String kpj,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registeredOn,
            RedirectAttributes redirect) {
        return act(id, redirect, "participant.registered", () -> participants.register(id, kpj, registeredOn));
    }

    @PostMapping("/{id}/berhenti")
    @PreAuthorize("hasAnyRole('ADMIN', 'BPJS')")
    String stop(
            @PathVariable long id,
            @RequestParam(required = false) String endReason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endedOn,
            RedirectAttributes redirect) {
        return act(id, redirect, "participant.stopped", () -> participants.stop(id, endReason, endedOn));
    }

    private String act(long id, RedirectAttributes redirect, String success, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", success);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("actionError", e.messageKey());
            redirect.addFlashAttribute("actionErrorArgs", e.args());
        }
        return "redirect:/peserta/" + id;
    }
}
