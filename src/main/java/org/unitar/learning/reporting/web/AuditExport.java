package org.unitar.learning.reporting.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.unitar.learning.identity.web.CurrentLanguage;
import org.unitar.learning.reporting.AuditQueries;
import org.unitar.learning.shared.content.Csv;
import org.unitar.learning.shared.i18n.Messages;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The audit lines that the page's filter finds, as CSV (newest first, at most {@value #MAX_LINES}), headers and
 * action labels in the administrator's language, UTF-8 with a byte order mark, every cell neutralised against
 * formulas ({@link Csv}). Under /admin/, so for administrators only; a filter date that is not a date gives 400.
 */
@WebServlet("/admin/audit.csv")
public class AuditExport extends HttpServlet {

    static final int MAX_LINES = 100_000;
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Inject
    AuditQueries audit;

    @Inject
    Instance<CurrentLanguage> language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<LocalDate> from = AuditPage.day(request.getParameter("from"));
        Optional<LocalDate> until = AuditPage.day(request.getParameter("until"));
        if (from == null || until == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Messages words = Messages.in(language.get().getCurrent());
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        Csv.line(out, List.of(words.format("audit_page.when"), words.format("audit_page.who"),
                words.format("audit_page.actor"), words.format("audit_page.what"), words.format("audit_page.type"),
                words.format("audit_page.object"), words.format("audit_page.detail")));
        AuditQueries.Filter filter = AuditPage.filter(request.getParameter("who"), request.getParameter("action"),
                request.getParameter("type"), request.getParameter("object"), from.orElse(null), until.orElse(null));
        try {
            audit.each(filter, MAX_LINES, line -> {
                try {
                    Csv.line(out, List.of(UTC.format(line.at()), line.who(), line.actor(), label(words, line.action()),
                            line.objectType(), line.objectId(), line.detail() == null ? "" : line.detail()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    /** The action's label, or the action itself for one recorded by an older version that has no label any more. */
    private static String label(Messages words, String action) {
        try {
            return words.format("audit." + action);
        } catch (IllegalArgumentException e) {
            return action;
        }
    }
}
