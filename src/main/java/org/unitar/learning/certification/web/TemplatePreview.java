package org.unitar.learning.certification.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.unitar.learning.certification.CertificatePdf;
import org.unitar.learning.certification.service.CertificateTemplates;
import org.unitar.learning.shared.i18n.Language;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.NotFound;

import java.io.IOException;

/**
 * A sample certificate from a template, as PDF: {@code /admin/certificate-preview.pdf?id=&language=} (administrators:
 * under /admin/). An unknown template or language gives the 404 page.
 */
@WebServlet("/admin/certificate-preview.pdf")
public class TemplatePreview extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CertificateTemplates templates;

    @Inject
    Instance<Actor> actors;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = Language.forTag(String.valueOf(request.getParameter("language"))).orElse(null);
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (language == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf;
        try {
            pdf = CertificatePdf.render(templates.preview(actors.get(), id, language));
        } catch (NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"preview-" + language.code() + ".pdf\"");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(pdf);
    }
}
