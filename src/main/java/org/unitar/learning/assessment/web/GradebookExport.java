package org.unitar.learning.assessment.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.unitar.learning.assessment.Gradebook;
import org.unitar.learning.assessment.service.Gradebooks;
import org.unitar.learning.identity.web.CurrentLanguage;
import org.unitar.learning.shared.content.Csv;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.i18n.Messages;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;

/**
 * The gradebook of a course as CSV ({@code ?id=} and the page's filters {@code q}, {@code completion}), headers in
 * the trainer's language, UTF-8 with a byte order mark so that spreadsheets read accents and Arabic; every cell
 * neutralised against formulas ({@link Csv}). Under /author/, for trainers and administrators; the gradebook
 * service checks the course is theirs (403 otherwise).
 */
@WebServlet(GradebookExport.PATH)
public class GradebookExport extends HttpServlet {

    public static final String PATH = "/author/gradebook.csv";
    private static final long serialVersionUID = 1L;

    @Inject
    Gradebooks gradebooks;

    @Inject
    Instance<Actor> actors;

    @Inject
    Instance<CurrentLanguage> language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long courseId;
        try {
            courseId = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Messages words = Messages.in(language.get().getCurrent());
        Gradebook gradebook;
        try {
            gradebook = gradebooks.gradebook(actors.get(), courseId, ContentLanguage.of(language.get().getCurrent()))
                    .filtered(request.getParameter("q"), GradebookPage.completion(request.getParameter("completion")));
        } catch (Forbidden e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"gradebook-" + courseId + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        List<String> header = new ArrayList<>(List.of(words.format("gradebook.learner"), words.format("gradebook.email")));
        for (Gradebook.Column column : gradebook.columns()) {
            header.add(column.title());
            header.add(column.title() + " · " + words.format("gradebook.passedColumn"));
        }
        header.add(words.format("gradebook.completion"));
        Csv.line(out, header);
        for (Gradebook.Row row : gradebook.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.learner().name(), row.learner().email()));
            for (Gradebook.Cell cell : row.cells()) {
                cells.add(cell.grade().isPresent() ? BigDecimal.valueOf(cell.grade().getAsDouble()).stripTrailingZeros().toPlainString() : "");
                cells.add(cell.grade().isPresent() ? words.format(cell.passed() ? "quiz.passed" : "quiz.notPassed")
                        : cell.waiting() ? words.format("gradebook.waiting") : "");
            }
            cells.add(words.format(row.learner().completed() ? "learn.completed" : "gradebook.notCompleted"));
            Csv.line(out, cells);
        }
        out.flush();
    }
}
