package id.pesona.document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import id.pesona.shared.TenantProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template (under {@code templates/pdf/}) to an A4 PDF. DejaVu Sans is embedded so that every
 * Indonesian text, Rupiah sign and dash prints, offline.
 */
@Service
public class PdfDocuments {

    private final ITemplateEngine templates;
    private final TenantProperties tenant;
    private final id.pesona.shared.Letterhead letterhead;
    private final org.springframework.context.ApplicationContext application;

    PdfDocuments(
            ITemplateEngine templates,
            TenantProperties tenant,
            id.pesona.shared.Letterhead letterhead,
            org.springframework.context.ApplicationContext application) {
        this.templates = templates;
        this.tenant = tenant;
        this.letterhead = letterhead;
        this.application = application;
    }

    public void render(String template, Map<String, Object> model, Locale locale, OutputStream out) {
        Context ctx = new Context(locale, model);
        ctx.setVariable("tenantName", tenant.name());
        if (!model.containsKey("letterhead")) {
            // the configured kop surat (pesona.letterhead.*), for every document
            ctx.setVariable("letterhead", letterhead);
        }
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
