package id.pesona.document;

import id.pesona.shared.InvalidInputException;
import id.pesona.shared.Limits;
import id.pesona.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin: the letterhead, logo and signatory of letters, as dated versions, with a preview PDF. */
@Controller
@RequestMapping("/admin/kop-surat")
@PreAuthorize("hasRole('ADMIN')")
class LetterheadController {

    private final Letterheads letterheads;
    private final PdfDocuments pdf;
    private final Clock clock;

    LetterheadController(Letterheads letterheads, PdfDocuments pdf, Clock clock) {
        this.letterheads = letterheads;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GetMapping
    String show(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("form", LetterheadForm.of(letterheads.inForce(today), today));
        return page(model, today);
    }

    private String page(Model model, LocalDate today) {
        model.addAttribute("today", today);
        model.addAttribute("current", letterheads.versionOn(today).orElse(null));
        model.addAttribute("inForce", letterheads.inForce(today));
        model.addAttribute("versions", letterheads.versions());
        model.addAttribute("maxLogoKb", Letterheads.MAX_LOGO_BYTES / 1024);
        return "document/letterhead";
    }

    @PostMapping
    String save(
            @ModelAttribute("form") LetterheadForm form,
            BindingResult result,
            @RequestParam(required = false) MultipartFile logo,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        Letterheads.Logo upload = null;
        if (logo != null && !logo.isEmpty()) {
            // read at most one byte past the limit: a bigger file is refused without holding it all
            byte[] bytes = logo.getSize() > Letterheads.MAX_LOGO_BYTES
                    ? new byte[Letterheads.MAX_LOGO_BYTES + 1]
                    : logo.getBytes();
            upload = new Letterheads.Logo(Letterheads.sniff(bytes), bytes);
        }
        List<InvalidInputException> problems = letterheads.problems(form, upload);
        if (problems.isEmpty()) {
            letterheads.save(form, upload);
            redirect.addFlashAttribute("success", "letterhead.saved");
            return "redirect:/admin/kop-surat";
        }
        for (InvalidInputException e : problems) {
            if (e.field().equals("logo")) {
                result.reject(e.messageKey(), e.args(), e.messageKey());
                model.addAttribute("logoError", e);
            } else {
                result.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(model, LocalDate.now(clock));
    }

    /** A saved logo, for the screen's preview. */
    @GetMapping("/{id}/logo")
    ResponseEntity<byte[]> logo(@PathVariable long id) {
        return letterheads
                .logo(id)
                .map(l -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(l.contentType()))
                        .body(l.bytes()))
                .orElseThrow(() -> new NotFoundException("Logo kop surat " + id));
    }

    /** A sample letter with the letterhead in force on a date (default today). */
    @GetMapping("/pratinjau.pdf")
    void preview(@RequestParam(required = false) String tanggal, HttpServletResponse response) throws IOException {
        LocalDate date;
        try {
            date = tanggal == null || tanggal.isBlank() ? LocalDate.now(clock) : LocalDate.parse(tanggal);
            Limits.date("tanggal", date, clock);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("tanggal", "letterhead.error.validFrom");
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"pratinjau-kop-surat-" + date + ".pdf\"");
        pdf.render(
                "pdf/letterhead-preview",
                Map.of("printedOn", date),
                date,
                LocaleContextHolder.getLocale(),
                response.getOutputStream());
    }
}
