package id.pesona.shared.web;

import id.pesona.shared.Limits;
import java.beans.PropertyEditorSupport;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.LongConsumer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every date, month and counted number in a request parameter (pages, forms posted as parameters and the API) is read
 * here and checked against {@link Limits} before a controller sees it: a date or month outside 2014 to ten years
 * ahead, a year, page size or number of days outside its range is refused with a message naming the parameter and the
 * range (400, as the page or the problem document). Form objects bound as a whole check their own fields, and so do
 * the use cases behind a page's POST form, which answer beside the form (a quota of -5 is marked on the quota form).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ParameterLimits {

    /** The range of each counted request parameter, by its name; other numbers (ids, cursors) are not ranged. */
    static Map<String, long[]> numberRanges(Clock clock) {
        long first = Limits.FIRST_MONTH.getYear();
        long last = Limits.lastMonth(clock).getYear();
        return Map.ofEntries(
                Map.entry("year", new long[] {first, last}),
                Map.entry("tahun", new long[] {first, last}),
                Map.entry("limit", new long[] {1, 5_000}),
                Map.entry("size", new long[] {1, 500}),
                Map.entry("days", new long[] {1, 3_660}),
                Map.entry("hari", new long[] {1, 3_660}),
                Map.entry("quota", new long[] {0, 100_000}),
                Map.entry("uniform", new long[] {0, 10_000}),
                Map.entry("graceMonths", new long[] {0, 120}),
                Map.entry("dueDay", new long[] {1, 31}),
                Map.entry("stmbDays", new long[] {0, 3_660}),
                Map.entry("incomeMultiple", new long[] {0, 1_000}),
                Map.entry("quantity", new long[] {0, 1_000}),
                Map.entry("months", new long[] {0, 1_200}));
    }

    /** Numeric request parameters that identify a record or a cursor: any id is allowed (an unknown one is a 404). */
    static final java.util.Set<String> IDENTIFIERS = java.util.Set.of(
            "id",
            "ids",
            "payerId",
            "pembayar",
            "after",
            "before",
            "menggantikan",
            "participantId",
            "peserta",
            "tenggat",
            "ubah");

    private final Clock clock;

    ParameterLimits(Clock clock) {
        this.clock = clock;
    }

    @InitBinder
    void limits(WebDataBinder binder) {
        if (binder.getTarget() != null || binder.getTargetType() != null) {
            return; // a form object (bound by setters or by its constructor): its service checks its fields
        }
        String name = binder.getObjectName();
        binder.registerCustomEditor(LocalDate.class, new Editor(text -> {
            try {
                return Limits.date(name, LocalDate.parse(text), clock);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(e);
            }
        }));
        binder.registerCustomEditor(YearMonth.class, new Editor(text -> {
            try {
                return Limits.month(name, YearMonth.parse(text), clock);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(e);
            }
        }));
        long[] range = numberRanges(clock).get(name);
        if (range != null && !postedFromAPage()) {
            LongConsumer check = v -> Limits.number(name, v, range[0], range[1]);
            binder.registerCustomEditor(Integer.class, new Editor(text -> {
                int v = Integer.parseInt(text); // NumberFormatException is an IllegalArgumentException
                check.accept(v);
                return v;
            }));
            binder.registerCustomEditor(int.class, new Editor(text -> {
                int v = Integer.parseInt(text);
                check.accept(v);
                return v;
            }));
            binder.registerCustomEditor(Long.class, new Editor(text -> {
                long v = Long.parseLong(text);
                check.accept(v);
                return v;
            }));
        }
    }

    /**
     * A form posted from a page (not the API): its use case checks the same numbers and answers beside the form with
     * the field marked, which is what the user needs, instead of the error page a refusal at binding would give.
     */
    private static boolean postedFromAPage() {
        if (!(org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes attributes)) {
            return false;
        }
        var request = attributes.getRequest();
        return !"GET".equals(request.getMethod()) && !ErrorReplies.isApi(request);
    }

    /** Reads a text; blank is no value. An unreadable text is an {@link IllegalArgumentException} (type mismatch). */
    private static final class Editor extends PropertyEditorSupport {

        private final java.util.function.Function<String, Object> read;

        Editor(java.util.function.Function<String, Object> read) {
            this.read = read;
        }

        @Override
        public void setAsText(String text) {
            setValue(text == null || text.isBlank() ? null : read.apply(text.strip()));
        }
    }
}
