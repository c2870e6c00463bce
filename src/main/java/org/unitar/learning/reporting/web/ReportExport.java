package org.unitar.learning.reporting.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.unitar.learning.identity.web.CurrentLanguage;
import org.unitar.learning.reporting.Reports;
import org.unitar.learning.shared.content.Csv;
import org.unitar.learning.shared.content.Spreadsheet;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.i18n.Messages;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The reports of the page's filter as a download: {@code /author/reports.xlsx} (a sheet per table) or
 * {@code /author/reports.csv?table=completion} (one table). Cells are text or numbers, never formulas: CSV cells are
 * neutralised ({@link Csv}), XLSX cells are typed strings. Trainers get their own courses' figures (403 for a course
 * that is not theirs); a date that is not a date, or a course or organisation that is not an id, gives 400.
 */
@WebServlet({"/author/reports.csv", "/author/reports.xlsx"})
public class ReportExport extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Reports reports;

    @Inject
    Instance<Actor> actors;

    @Inject
    Instance<CurrentLanguage> language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<LocalDate> from = AuditPage.day(request.getParameter("from"));
        Optional<LocalDate> until = AuditPage.day(request.getParameter("until"));
        if (from == null || until == null || !ReportsPage.isId(request.getParameter("course"))
                || !ReportsPage.isId(request.getParameter("organisation"))) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        var current = language.get().getCurrent();
        Actor actor = actors.get();
        List<ReportTables.Table> tables;
        try {
            Reports.Filter filter = ReportsPage.filter(from.orElse(null), until.orElse(null), request.getParameter("course"),
                    request.getParameter("country"), request.getParameter("organisation"));
            Map<Long, String> titles = reports.courses(actor, ContentLanguage.of(current).code()).stream()
                    .collect(Collectors.toMap(Reports.CourseChoice::id, Reports.CourseChoice::title));
            tables = ReportTables.all(reports, actor, filter, ReportsPage.breakdown(request.getParameter("by")),
                    Messages.in(current), current.locale(), id -> titles.getOrDefault(id, "#" + id));
        } catch (Forbidden e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        if (request.getServletPath().endsWith(".xlsx")) {
            byte[] workbook = Spreadsheet.xlsx(ReportTables.sheets(tables));
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader("Content-Disposition", "attachment; filename=\"reports.xlsx\"");
            response.setContentLength(workbook.length);
            response.getOutputStream().write(workbook);
            return;
        }
        String wanted = request.getParameter("table");
        Optional<ReportTables.Table> table = tables.stream().filter(t -> t.id().equals(wanted)).findFirst();
        if (table.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + table.get().id() + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        Csv.line(out, table.get().header());
        for (List<String> row : table.get().rows()) {
            Csv.line(out, row);
        }
        out.flush();
    }
}
