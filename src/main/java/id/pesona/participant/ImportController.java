package id.pesona.participant;

import id.pesona.audit.AuditTrail;
import id.pesona.document.Spreadsheet;
import id.pesona.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Bulk import: the template, the upload, the progress page and the report of rejected rows. */
@Controller
@RequestMapping("/peserta/impor")
@PreAuthorize("hasAnyRole('ADMIN', 'DESA')")
class ImportController {

    private final ParticipantImports imports;
    private final AuditTrail audit;
    private final MessageSource messages;

    ImportController(ParticipantImports imports, AuditTrail audit, MessageSource messages) {
        this.imports = imports;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("batches", imports.mine());
        model.addAttribute("modes", ParticipantImports.Mode.values());
        model.addAttribute(
                "columns",
                Arrays.stream(ImportRow.Column.values())
                        .map(c -> java.util.Map.of("header", c.header, "required", c.required))
                        .toList());
        return "participant/import";
    }

    @PostMapping
    String upload(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) ParticipantImports.Mode mode,
            Model model) {
        try {
            long id = imports.start(file, mode);
            return "redirect:/peserta/impor/" + id;
        } catch (InvalidInputException | IOException e) {
            model.addAttribute(
                    "uploadError",
                    e instanceof InvalidInputException ie
                            ? ie
                            : new InvalidInputException("file", "import.error.empty"));
            return page(model);
        }
    }

    @GetMapping("/{id}")
    String show(
            @PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("batch", imports.get(id));
        model.addAttribute("errors", imports.errors(id).stream().limit(50).toList());
        return htmx != null ? "participant/import-status :: status" : "participant/import-status";
    }

    /** The owner (or an admin) stops a batch; the page then shows what was saved. */
    @PostMapping("/{id}/hentikan")
    String stop(@PathVariable long id, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        try {
            var b = imports.stop(id);
            redirect.addFlashAttribute("stopNotice", msg(b.running() ? "import.stop.pending" : "import.stop.done"));
            redirect.addFlashAttribute("stopNoticeKind", "success");
        } catch (ParticipantImports.AlreadyFinished e) {
            String status = msg("import.status." + e.batch().status());
            redirect.addFlashAttribute(
                    "stopNotice",
                    messages.getMessage(
                            "import.stop.error.final", new Object[] {status}, LocaleContextHolder.getLocale()));
            redirect.addFlashAttribute("stopNoticeKind", "warning");
        }
        return "redirect:/peserta/impor/" + id;
    }

    @GetMapping("/{id}/galat.xlsx")
    void errorReport(@PathVariable long id, HttpServletResponse response) throws IOException {
        var batch = imports.get(id);
        List<ParticipantImports.RowError> errors = imports.errors(id);
        audit.export(
                "IMPORT_REPORT",
                null,
                "Laporan galat impor " + batch.fileName() + " (" + errors.size() + " baris)",
                java.util.Map.of("impor", id));
        response.setContentType(Spreadsheet.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"galat-impor-" + id + ".xlsx\"");
        Spreadsheet.write(
                response.getOutputStream(),
                msg("import.report"),
                msg("import.report") + ": " + batch.fileName(),
                List.of(msg("import.row"), msg("import.field"), msg("import.message")),
                errors.stream()
                        .<List<?>>map(e -> List.of(e.row(), fieldLabel(e.field()), e.message()))
                        .toList());
    }

    private String fieldLabel(String field) {
        String key = field.equals("file") ? "import.file" : "participant." + field;
        return messages.getMessage(key, null, field, LocaleContextHolder.getLocale());
    }

    @GetMapping("/templat.xlsx")
    void template(HttpServletResponse response) throws IOException {
        response.setContentType(Spreadsheet.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"templat-impor-peserta.xlsx\"");
        Spreadsheet.write(
                response.getOutputStream(),
                msg("import.template"),
                null,
                Arrays.stream(ImportRow.Column.values()).map(c -> c.header).toList(),
                List.of(ImportRow.EXAMPLE));
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
