package id.pesona.claim;

import id.pesona.audit.AuditTrail;
import id.pesona.document.PdfDocuments;
import id.pesona.participant.Participant;
import id.pesona.participant.Participants;
import id.pesona.region.Region;
import id.pesona.region.Regions;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.NotFoundException;
import id.pesona.shared.RegionCode;
import id.pesona.shared.Rupiah;
import id.pesona.shared.TenantProperties;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the claims: the list, the incident report, a claim with its steps, the summary PDF, benefit rules. */
@Controller
@RequestMapping("/klaim")
class ClaimController {

    private final Claims claims;
    private final BenefitRuleBook rules;
    private final Participants participants;
    private final Regions regions;
    private final PdfDocuments pdf;
    private final AuditTrail audit;
    private final TenantProperties tenant;
    private final Clock clock;

    ClaimController(
            Claims claims,
            BenefitRuleBook rules,
            Participants participants,
            Regions regions,
            PdfDocuments pdf,
            AuditTrail audit,
            TenantProperties tenant,
            Clock clock) {
        this.claims = claims;
        this.rules = rules;
        this.participants = participants;
        this.regions = regions;
        this.pdf = pdf;
        this.audit = audit;
        this.tenant = tenant;
        this.clock = clock;
    }

    static <E extends Enum<E>> E optionalEnum(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static RegionCode region(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return RegionCode.tryParse(text).orElseThrow(() -> new NotFoundException("Wilayah " + text));
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String jenis,
            @RequestParam(required = false) String kelayakan,
            @RequestParam(required = false) String wilayah,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
            Model model) {
        RegionCode region = region(wilayah);
        if (region != null) {
            CurrentUser.requireInScope(region);
        }
        List<Claim> rows = claims.list(
                new Claims.Filter(
                        optionalEnum(ClaimStatus.class, status),
                        optionalEnum(ClaimType.class, jenis),
                        optionalEnum(Verdict.class, kelayakan),
                        region,
                        dari,
                        sampai),
                500);
        model.addAttribute("rows", rows);
        model.addAttribute("villageNames", villageNames(rows));
        model.addAttribute("villages", regions.villages(tenant.root(), CurrentUser.scope()));
        model.addAttribute("statuses", ClaimStatus.values());
        model.addAttribute("types", ClaimType.values());
        model.addAttribute("verdicts", Verdict.values());
        model.addAttribute(
                "f",
                Map.of(
                        "status", status == null ? "" : status,
                        "jenis", jenis == null ? "" : jenis,
                        "kelayakan", kelayakan == null ? "" : kelayakan,
                        "wilayah", wilayah == null ? "" : wilayah,
                        "dari", dari == null ? "" : dari.toString(),
                        "sampai", sampai == null ? "" : sampai.toString()));
        return "claim/list";
    }

    private Map<String, String> villageNames(List<Claim> rows) {
        Map<String, String> out = new LinkedHashMap<>();
        regions.findAll(rows.stream().map(Claim::village).distinct().toList())
                .forEach((code, r) -> out.put(code.digits(), r.name()));
        return out;
    }

    /** Only the roles that report claims open the form (PIMPINAN and CAMAT read claims; they get 403 here). */
    @GetMapping("/baru")
    @PreAuthorize("hasAnyRole('ADMIN', 'BPJS', 'DESA')")
    String form(
            @RequestParam(required = false) String wilayah, @RequestParam(required = false) Long peserta, Model model) {
        RegionCode village = wilayah == null || wilayah.isBlank()
                ? CurrentUser.scope().root().filter(RegionCode::isVillage).orElse(null)
                : region(wilayah);
        if (village != null) {
            CurrentUser.requireInScope(village);
        }
        Participant p = null;
        if (peserta != null) {
            p = participants.get(peserta);
            village = p.village();
        }
        model.addAttribute("villages", regions.villages(tenant.root(), CurrentUser.scope()));
        model.addAttribute("today", LocalDate.now(clock));
        if (village != null) {
            CurrentUser.requireInScope(village);
            model.addAttribute("village", regions.get(village));
            model.addAttribute("people", people(village));
        }
        if (p != null) {
            model.addAttribute("p", p);
            model.addAttribute("heirs", participants.heirs(p.id()));
        }
        model.addAttribute("types", ClaimType.values());
        model.addAttribute("circumstances", Circumstance.values());
        model.addAttribute("transports", Transport.values());
        model.addAttribute("outcomes", Outcome.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "claim/new";
    }

    private List<Participant> people(RegionCode village) {
        List<Participant> out = new ArrayList<>();
        Long after = null;
        do {
            var page = participants.page(null, village, null, null, after, 500);
            page.rows().stream().filter(x -> x.registeredOn() != null).forEach(out::add);
            after = page.nextAfter();
        } while (after != null && out.size() < 2000);
        out.sort(java.util.Comparator.comparing(Participant::fullName));
        return out;
    }

    @PostMapping("/baru")
    @PreAuthorize("hasAnyRole('ADMIN', 'BPJS', 'DESA')")
    String report(
            @RequestParam(required = false) Long participantId,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate incidentDate,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String circumstance,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) Integer stmbDays,
            @RequestParam(required = false) String disabilityPercent,
            @RequestParam(required = false) String functionLossPercent,
            @RequestParam(required = false) String transport,
            @RequestParam(required = false) String cause,
            @RequestParam(required = false) String reporterName,
            @RequestParam(required = false) String reporterPhone,
            @RequestParam(name = "heirIds", required = false) List<Long> heirIds,
            Model model,
            RedirectAttributes redirect) {
        try {
            Claim c = claims.report(new NewClaim(
                    participantId,
                    type,
                    incidentDate,
                    place,
                    description,
                    circumstance,
                    outcome,
                    stmbDays,
                    disabilityPercent,
                    functionLossPercent,
                    transport,
                    cause,
                    reporterName,
                    reporterPhone,
                    heirIds));
            redirect.addFlashAttribute("success", "claim.reported");
            return "redirect:/klaim/" + c.id();
        } catch (InvalidInputException e) {
            model.addAttribute("claimError", e);
            if (e instanceof DeathAlreadyReported twice) {
                model.addAttribute("existingClaim", twice.existingClaimId());
            }
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("type", type);
            form.put("incidentDate", incidentDate);
            form.put("place", place);
            form.put("description", description);
            form.put("circumstance", circumstance);
            form.put("outcome", outcome);
            form.put("stmbDays", stmbDays);
            form.put("disabilityPercent", disabilityPercent);
            form.put("functionLossPercent", functionLossPercent);
            form.put("transport", transport);
            form.put("cause", cause);
            form.put("reporterName", reporterName);
            form.put("reporterPhone", reporterPhone);
            form.put("heirIds", heirIds == null ? List.of() : heirIds);
            model.addAttribute("form", form);
            return form(null, participantId, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Claims.Detail d = claims.detail(id);
        model.addAttribute("d", d);
        model.addAttribute("c", d.claim());
        model.addAttribute("lineage", regions.lineage(d.claim().village()));
        model.addAttribute("today", LocalDate.now(clock));
        return "claim/show";
    }

    @PostMapping("/{id}/berkas")
    String complete(
            @PathVariable long id,
            @RequestParam(name = "documents", required = false) List<String> documents,
            RedirectAttributes redirect) {
        Set<Document> docs = EnumSet.noneOf(Document.class);
        if (documents != null) {
            documents.stream()
                    .map(t -> optionalEnum(Document.class, t))
                    .filter(java.util.Objects::nonNull)
                    .forEach(docs::add);
        }
        return act(id, redirect, "claim.completed", () -> claims.complete(id, docs));
    }

    @PostMapping("/{id}/ajukan")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "claim.submitted", () -> claims.submit(id));
    }

    @PostMapping("/{id}/bayar")
    String pay(
            @PathVariable long id,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "claim.paid",
                () -> claims.pay(id, Rupiah.parse(amount).orElse(null), paidOn));
    }

    @PostMapping("/{id}/tolak")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, "claim.rejected", () -> claims.reject(id, reason));
    }

    @PostMapping("/{id}/periksa")
    String reassess(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "claim.reassessed", () -> claims.reassess(id));
    }

    private String act(long id, RedirectAttributes redirect, String success, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", success);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("claimError", e.messageKey());
            redirect.addFlashAttribute("claimErrorArgs", e.args());
        }
        return "redirect:/klaim/" + id;
    }

    @GetMapping("/{id}/ringkasan.pdf")
    void summary(@PathVariable long id, HttpServletResponse response) throws IOException {
        Claims.Detail d = claims.detail(id);
        List<Region> lineage = regions.lineage(d.claim().village());
        audit.export(
                "CLAIM",
                d.claim().village().digits(),
                "Ringkasan klaim #" + id + " " + d.claim().participantName(),
                Map.of("klaim", id));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"ringkasan-klaim-" + id + ".pdf\"");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("d", d);
        model.put("c", d.claim());
        model.put("village", lineage.get(lineage.size() - 1));
        model.put("kecamatan", lineage.get(Math.max(0, lineage.size() - 2)));
        model.put("printedOn", LocalDate.now(clock));
        model.put("printedBy", CurrentUser.actorName());
        model.put("full", Participants.seesIdentifiers());
        pdf.render("pdf/claim-summary", model, LocaleContextHolder.getLocale(), response.getOutputStream());
    }

    @GetMapping("/aturan")
    String rules(Model model) {
        model.addAttribute("rows", rules.rules().rows());
        model.addAttribute("codes", BenefitCode.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "claim/rules";
    }

    @PostMapping("/aturan")
    String addRule(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) Integer incomeMultiple,
            @RequestParam(required = false) String percent,
            @RequestParam(required = false) Integer quantity,
            @RequestParam(required = false) Integer months,
            @RequestParam(required = false) String legalBasis,
            Model model,
            RedirectAttributes redirect) {
        try {
            rules.add(new BenefitRuleBook.NewRule(
                    code, validFrom, amount, incomeMultiple, percent, quantity, months, legalBasis));
        } catch (InvalidInputException e) {
            model.addAttribute("ruleError", e);
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("code", code);
            form.put("validFrom", validFrom);
            form.put("amount", amount);
            form.put("incomeMultiple", incomeMultiple);
            form.put("percent", percent);
            form.put("quantity", quantity);
            form.put("months", months);
            form.put("legalBasis", legalBasis);
            model.addAttribute("form", form);
            return rules(model);
        }
        redirect.addFlashAttribute("success", "benefit.created");
        return "redirect:/klaim/aturan";
    }
}
