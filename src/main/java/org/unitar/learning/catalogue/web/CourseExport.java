package org.unitar.learning.catalogue.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.unitar.learning.catalogue.service.CourseTransfer;
import org.unitar.learning.shared.security.Actor;

import java.io.IOException;

/**
 * Downloads a course as an archive ({@code /author/course/export?id=…}) for whoever may edit it (the web.xml
 * constraint on {@code /author/*} lets only trainers and administrators this far; the service checks the course).
 */
@WebServlet("/author/course/export")
public class CourseExport extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseTransfer transfer;

    @Inject
    Instance<Actor> actor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Actor who = actor.get();
        // checked before the first byte is written, so that a refusal is still a clean 403
        transfer.checkExportable(who, id);
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"course-" + id + ".zip\"");
        transfer.exportArchive(who, id, response.getOutputStream());
    }
}
