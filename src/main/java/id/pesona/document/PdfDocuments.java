package id.pesona.document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import id.pesona.shared.TenantProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template (under {@code templates/pdf/}) to an A4 PDF, with the letterhead in force on the
 * document's date ({@link Letterheads}). DejaVu Sans is embedded so that every Indonesian text, Rupiah sign and dash
 * prints, offline.
 */
@Service
public class PdfDocuments {

    private final ITemplateEngine templates;
    private final TenantProperties tenant;
    private final Letterheads letterheads;
    private final org.springframework.context.ApplicationContext application;
    private final Clock clock;

    PdfDocuments(
            ITemplateEngine templates,
            TenantProperties tenant,
            Letterheads letterheads,
            org.springframework.context.ApplicationContext application,
            Clock clock) {
        this.templates = templates;
        this.tenant = tenant;
        this.letterheads = letterheads;
        this.application = application;
        this.clock = clock;
    }

    /** A document dated today. */
    public void render(String template, Map<String, Object> model, Locale locale, OutputStream out) {
        render(template, model, LocalDate.now(clock), locale, out);
    }

    /**
     * A document dated {@code issuedOn}: it carries the letterhead and signatory in force on that day, so a letter
     * reprinted later looks as it did when it was issued.
     */
    public void render(
            String template, Map<String, Object> model, LocalDate issuedOn, Locale locale, OutputStream out) {
        Context ctx = new Context(locale, model);
        ctx.setVariable("tenantName", tenant.name());
        ctx.setVariable("letterhead", letterheads.inForce(issuedOn));
        // lets templates use beans such as @fmt, as on pages
        ctx.setVariable(
                org.thymeleaf.spring6.expression.ThymeleafEvaluationContext
                        .THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new org.thymeleaf.spring6.expression.ThymeleafEvaluationContext(application, null));
        String html = templates.process(template, ctx);
        try {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.useFont(
                    () -> font("/fonts/DejaVuSans.ttf"), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            b.useFont(
                    () -> font("/fonts/DejaVuSans-Bold.ttf"),
                    "DejaVu Sans",
                    700,
                    PdfRendererBuilder.FontStyle.NORMAL,
                    true);
            b.withHtmlContent(html, null);
            b.toStream(out);
            b.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font(String path) {
        return PdfDocuments.class.getResourceAsStream(path);
    }
}
