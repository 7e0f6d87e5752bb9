package id.pesona.claim;

import id.pesona.shared.Formats;
import id.pesona.shared.Rupiah;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Eligibility reasons and estimate lines as sentences in the reader's language, with dates, months and Rupiah
 * formatted as everywhere else; {@code @claimText} in pages and the summary PDF.
 */
@Component("claimText")
public class ClaimText {

    private final MessageSource messages;
    private final Formats fmt;

    ClaimText(MessageSource messages, Formats fmt) {
        this.messages = messages;
        this.fmt = fmt;
    }

    public String reason(Eligibility.Reason r) {
        return text(r.key(), r.args());
    }

    public String line(Benefits.Line l) {
        return text(l.code().messageKey() + ".line", l.args());
    }

    public String months(List<YearMonth> months) {
        if (months.isEmpty()) {
            return "";
        }
        if (months.size() == 1) {
            return fmt.monthYear(months.get(0));
        }
        return fmt.monthYear(months.get(0)) + " – " + fmt.monthYear(months.get(months.size() - 1));
    }

    String text(String key, List<Object> args) {
        Object[] out = new Object[args.size()];
        for (int i = 0; i < out.length; i++) {
            Object a = args.get(i);
            if (a instanceof LocalDate d) {
                out[i] = fmt.date(d);
            } else if (a instanceof YearMonth m) {
                out[i] = fmt.monthYear(m);
            } else if (a instanceof Rupiah r) {
                out[i] = fmt.rupiah(r.amount());
            } else if (a instanceof Benefits.Percent p) {
                out[i] = fmt.percent((long) p.basisPoints());
            } else if (a instanceof Number n) {
                out[i] = String.valueOf(n);
            } else {
                out[i] = a;
            }
        }
        return messages.getMessage(key, out, key, LocaleContextHolder.getLocale());
    }

    /**
     * The note of a history step as the reader sees it: the payment step in words from the claim's amount and date
     * (its stored note has the ISO date), any other step its own note (a refusal's reason).
     */
    public String note(Claims.Step step, Claim claim) {
        if (step.status() == ClaimStatus.DIBAYAR && claim.paidAmount() != null && claim.paidOn() != null) {
            return text("claim.step.paid", List.of(Rupiah.of(claim.paidAmount()), claim.paidOn()));
        }
        return step.note();
    }

    /** A label in Indonesian whatever the reader's language: for audit summaries, which are kept in Indonesian. */
    String indonesian(String key) {
        return messages.getMessage(key, null, key, Formats.INDONESIAN);
    }

    /** Basis points as a percentage: 1250 → {@code 12,5 %}. */
    public String percent(Integer basisPoints) {
        return basisPoints == null ? "" : fmt.percent(basisPoints.longValue());
    }
}
