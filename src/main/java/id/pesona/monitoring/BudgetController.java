package id.pesona.monitoring;

import id.pesona.audit.AuditTrail;
import id.pesona.document.Spreadsheet;
import id.pesona.document.TabularFile;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.RegionCode;
import id.pesona.shared.Rupiah;
import id.pesona.shared.TenantProperties;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The budget planner: scenarios side by side, per village, kecamatan and funding source, with an .xlsx export. */
@Controller
@RequestMapping("/monev/anggaran")
class BudgetController {

    static final long DEFAULT_INCOME = 1_000_000L;

    /** The lowest declared-income band of a BPU worker (Permenaker 5/2021 annex). */
    static final long MIN_INCOME = 1_000_000L;

    static final long MAX_INCOME = 100_000_000L;

    private final BudgetPlanner planner;
    private final Scenarios scenarios;
    private final AuditTrail audit;
    private final TenantProperties tenant;
    private final MessageSource messages;
    private final Clock clock;

    BudgetController(
            BudgetPlanner planner,
            Scenarios scenarios,
            AuditTrail audit,
            TenantProperties tenant,
            MessageSource messages,
            Clock clock) {
        this.planner = planner;
        this.scenarios = scenarios;
        this.audit = audit;
        this.tenant = tenant;
        this.messages = messages;
        this.clock = clock;
    }

    record Request(RegionCode root, int year, long income, List<Scenarios.Scenario> chosen) {}

    Request request(String wilayah, Integer tahun, String penghasilan, List<String> s) {
        RegionCode root = Focus.resolve(wilayah, tenant);
        int year = tahun == null ? LocalDate.now(clock).getYear() + 1 : tahun;
        if (year < 2015 || year > 2100) {
            throw new InvalidInputException("tahun", "monev.workforce.error.year");
        }
        long income = income(penghasilan);
        List<String> keys = s == null || s.isEmpty()
                ? defaults(year)
                : s.stream().distinct().limit(4).toList();
        return new Request(
                root,
                year,
                income,
                keys.stream().map(k -> scenarios.byKey(k, year)).toList());
    }

    /**
     * The income assumed for the free slots: whole Rupiah, from the lowest BPU income band (an income below it is
     * billed at that band, never at 1 % of less) up to a sane monthly ceiling; blank means the lowest band.
     */
    static long income(String typed) {
        if (typed == null || typed.isBlank()) {
            return DEFAULT_INCOME;
        }
        return Rupiah.parse(typed)
                .filter(v -> v >= MIN_INCOME && v <= MAX_INCOME)
                .orElseThrow(() -> new InvalidInputException(
                        "penghasilan", "monev.budget.error.income", Rupiah.of(MIN_INCOME), Rupiah.of(MAX_INCOME)));
    }

    private List<String> defaults(int year) {
        List<Scenarios.Scenario> all = scenarios.all(year);
        return all.stream()
                .filter(x -> x.savedId() == null)
                .map(Scenarios.Scenario::key)
                .toList();
    }

    String label(Scenarios.Scenario s, int year) {
        var locale = LocaleContextHolder.getLocale();
        if (s.savedId() != null) {
            return s.name();
        }
        return s.uniform() == null
                ? messages.getMessage("monev.scenario.kuota", new Object[] {String.valueOf(year)}, locale)
                : messages.getMessage("monev.scenario.uniform", new Object[] {s.uniform()}, locale);
    }

    @GetMapping
    String show(
            @RequestParam(required = false) String wilayah,
            @RequestParam(required = false) Integer tahun,
            @RequestParam(required = false) String penghasilan,
            @RequestParam(required = false) List<String> s,
            @RequestParam(required = false) Long ubah,
            Model model,
            HttpServletResponse response) {
        Request r;
        try {
            r = request(wilayah, tahun, penghasilan, s);
        } catch (InvalidInputException e) {
            // the form again with the field named, nothing priced at a figure the user did not ask for
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            int year = tahun == null ? LocalDate.now(clock).getYear() + 1 : tahun;
            model.addAttribute("inputError", e);
            model.addAttribute("focus", Focus.resolve(wilayah, tenant).dotted());
            model.addAttribute("year", year);
            model.addAttribute("incomeText", penghasilan);
            model.addAttribute("plans", List.of());
            model.addAttribute("tariffs", List.of());
            model.addAttribute("savedScenarios", List.of());
            Map<String, String> labels = new LinkedHashMap<>();
            scenarios.all(year).forEach(sc -> labels.put(sc.key(), label(sc, year)));
            model.addAttribute("labels", labels);
            model.addAttribute("chosen", s == null ? List.of() : s);
            model.addAttribute("tab", "budget");
            return "monitoring/budget";
        }
        if (ubah != null) {
            model.addAttribute("edit", scenarios.saved(ubah));
        }
        model.addAttribute(
                "savedScenarios",
                scenarios.all(r.year()).stream()
                        .filter(sc -> sc.savedId() != null)
                        .toList());
        List<BudgetPlanner.Plan> plans = r.chosen().stream()
                .map(sc -> planner.plan(r.root(), sc, r.year(), r.income()))
                .toList();
        Map<String, String> labels = new LinkedHashMap<>();
        scenarios.all(r.year()).forEach(sc -> labels.put(sc.key(), label(sc, r.year())));
        r.chosen().forEach(sc -> labels.put(sc.key(), label(sc, r.year())));
        model.addAttribute("focus", r.root().dotted());
        model.addAttribute("year", r.year());
        model.addAttribute("income", r.income());
        model.addAttribute("incomeText", Rupiah.of(r.income()).format('.').substring(2));
        model.addAttribute("plans", plans);
        model.addAttribute("labels", labels);
        model.addAttribute(
                "chosen", r.chosen().stream().map(Scenarios.Scenario::key).toList());
        model.addAttribute("tariffs", planner.tariffs(r.year(), r.income()));
        model.addAttribute("tab", "budget");
        return "monitoring/budget";
    }

    @GetMapping("/ekspor.xlsx")
    void export(
            @RequestParam(required = false) String wilayah,
            @RequestParam(required = false) Integer tahun,
            @RequestParam(required = false) String penghasilan,
            @RequestParam(required = false) List<String> s,
            HttpServletResponse response)
            throws IOException {
        Request r = request(wilayah, tahun, penghasilan, s);
        List<BudgetPlanner.Plan> plans = r.chosen().stream()
                .map(sc -> planner.plan(r.root(), sc, r.year(), r.income()))
                .toList();
        var locale = LocaleContextHolder.getLocale();
        List<String> headers = new ArrayList<>(List.of(
                messages.getMessage("region.code", null, locale),
                messages.getMessage("region.name", null, locale),
                messages.getMessage("monev.workforce.kecamatan", null, locale),
                messages.getMessage("monev.budget.funding", null, locale)));
        for (BudgetPlanner.Plan p : plans) {
            String l = label(p.scenario(), r.year());
            for (String key : List.of(
                    "monev.quota",
                    "monev.budget.existing",
                    "monev.budget.existingCost",
                    "monev.budget.newSlots",
                    "monev.budget.newCost",
                    "monev.budget.cost")) {
                headers.add(messages.getMessage(key, null, locale) + " · " + l);
            }
        }
        List<List<?>> rows = new ArrayList<>();
        for (int i = 0; i < plans.get(0).villages().size(); i++) {
            BudgetPlanner.VillageCost v = plans.get(0).villages().get(i);
            List<Object> row = new ArrayList<>(List.of(
                    v.village().dotted(),
                    v.name(),
                    v.kecamatan().dotted(),
                    messages.getMessage("funding." + v.fundingSource(), null, locale)));
            for (BudgetPlanner.Plan p : plans) {
                BudgetPlanner.VillageCost c = p.villages().get(i);
                row.addAll(List.of(c.quota(), c.existing(), c.existingCost(), c.newSlots(), c.newCost(), c.cost()));
            }
            rows.add(row);
        }
        List<Object> total = new ArrayList<>(List.of(messages.getMessage("monev.total", null, locale), "", "", ""));
        for (BudgetPlanner.Plan p : plans) {
            total.addAll(List.of(
                    p.villages().stream()
                            .mapToLong(BudgetPlanner.VillageCost::quota)
                            .sum(),
                    p.existing(),
                    p.existingCost(),
                    p.newSlots(),
                    p.newCost(),
                    p.cost()));
        }
        rows.add(total);
        audit.export(
                "MONEV_BUDGET",
                r.root().digits(),
                "Rencana anggaran " + r.year() + " " + r.root().dotted(),
                Map.of(
                        "tahun",
                        r.year(),
                        "skenario",
                        r.chosen().stream().map(Scenarios.Scenario::key).toList(),
                        "penghasilan",
                        r.income()));
        response.setContentType(Spreadsheet.CONTENT_TYPE);
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"anggaran-" + r.year() + "-" + r.root().dotted() + ".xlsx\"");
        Spreadsheet.write(
                response.getOutputStream(),
                "Anggaran " + r.year(),
                messages.getMessage("monev.budget.title", null, locale) + " " + r.year() + " · "
                        + r.root().dotted(),
                headers,
                rows);
    }

    /** Saves a scenario: uniform quota, or a table (typed as "code;quota" lines, or an uploaded .xlsx/.csv). */
    @PostMapping("/skenario")
    String save(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) Integer uniform,
            @RequestParam(required = false) String table,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        try {
            Scenarios.Scenario saved = scenarios.save(name, uniform, rows(table, file));
            redirect.addFlashAttribute("success", "monev.scenario.saved");
            return "redirect:/monev/anggaran?s=kuota&s=" + saved.key();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("budgetError", e.messageKey());
            redirect.addFlashAttribute("budgetErrorArgs", e.args());
            return "redirect:/monev/anggaran";
        }
    }

    /** Changes a saved scenario: name, and its uniform quota or its whole table. */
    @PostMapping("/skenario/{id}")
    String update(
            @PathVariable long id,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) Integer uniform,
            @RequestParam(required = false) String table,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        try {
            Scenarios.Scenario saved = scenarios.update(id, name, uniform, rows(table, file));
            redirect.addFlashAttribute("success", "monev.scenario.updated");
            return "redirect:/monev/anggaran?s=kuota&s=" + saved.key();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("budgetError", e.messageKey());
            redirect.addFlashAttribute("budgetErrorArgs", e.args());
            return "redirect:/monev/anggaran?ubah=" + id;
        }
    }

    @PostMapping("/skenario/{id}/hapus")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        scenarios.delete(id);
        redirect.addFlashAttribute("success", "monev.scenario.deleted");
        return "redirect:/monev/anggaran";
    }

    /** The quota table from an uploaded .xlsx/.csv (code, quota) or typed "code;quota" lines. */
    private static Map<String, String> rows(String table, MultipartFile file) throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        if (file != null && !file.isEmpty()) {
            Path tmp = Files.createTempFile("skenario", ".upload");
            try {
                file.transferTo(tmp);
                TabularFile.read(tmp, file.getOriginalFilename(), 10_000, header -> {}, line -> {
                    if (!line.cell(0).isBlank()) {
                        rows.put(line.cell(0).strip(), line.cell(1));
                    }
                });
            } finally {
                Files.deleteIfExists(tmp);
            }
        } else if (table != null) {
            for (String line : table.split("\\R")) {
                if (!line.isBlank()) {
                    String[] parts = line.split("[;,\\t]", 2);
                    rows.put(parts[0].strip(), parts.length > 1 ? parts[1] : "");
                }
            }
        }
        return rows;
    }
}
