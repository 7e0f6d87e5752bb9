package id.pesona.contribution;

import id.pesona.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Payments: the latest ones, a payment typed by hand, a reversal, and a payment file imported. */
@Controller
@RequestMapping("/iuran/pembayaran")
class PaymentController {

    private final Payments payments;
    private final PaymentImports imports;
    private final Payers payers;
    private final Clock clock;

    PaymentController(Payments payments, PaymentImports imports, Payers payers, Clock clock) {
        this.payments = payments;
        this.imports = imports;
        this.payers = payers;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long pembayar, Model model) {
        model.addAttribute("payments", payments.list(pembayar, null, null, 200));
        model.addAttribute("payers", payers.list(null, null));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("modes", PaymentImports.Mode.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    Map.of(
                            "payerId",
                            pembayar == null ? "" : pembayar.toString(),
                            "paidOn",
                            LocalDate.now(clock).toString()));
        }
        return "contribution/payments";
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN','BPJS')")
    String record(
            @RequestParam(required = false) Long payerId,
            @RequestParam(required = false) String paidOn,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) String reference,
            @RequestParam(required = false) String note,
            Model model,
            RedirectAttributes redirect) {
        try {
            LocalDate date;
            try {
                date = paidOn == null || paidOn.isBlank() ? null : LocalDate.parse(paidOn);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("paidOn", "payment.error.date");
            }
            Payments.PaymentRow p = payments.record(new Payments.NewPayment(payerId, date, amount, reference, note));
            redirect.addFlashAttribute("success", "payment.recorded");
            return "redirect:/iuran/pembayar/" + p.payerId();
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            model.addAttribute(
                    "form",
                    Map.of(
                            "payerId", payerId == null ? "" : payerId.toString(),
                            "paidOn", paidOn == null ? "" : paidOn,
                            "amount", amount == null ? "" : amount,
                            "reference", reference == null ? "" : reference,
                            "note", note == null ? "" : note));
            return list(null, model);
        }
    }

    @PostMapping("/{id}/batal")
    @PreAuthorize("hasAnyRole('ADMIN','BPJS')")
    String reverse(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        Payments.PaymentRow original = payments.get(id);
        try {
            payments.reverse(id, reason);
            redirect.addFlashAttribute("success", "payment.reversed");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("reverseError", e);
        }
        return "redirect:/iuran/pembayar/" + original.payerId();
    }

    @PostMapping("/impor")
    @PreAuthorize("hasAnyRole('ADMIN','BPJS')")
    String importFile(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) PaymentImports.Mode mode,
            Model model) {
        try {
            model.addAttribute("report", imports.importUpload(file, mode));
        } catch (InvalidInputException e) {
            model.addAttribute("importError", e);
        }
        return list(null, model);
    }
}
