package org.unitar.learning.reporting.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.unitar.learning.reporting.PersonalData;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;
import org.unitar.learning.shared.security.NotFound;
import org.unitar.learning.shared.web.Ids;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.SQLException;

/**
 * A person's data as a JSON download ({@code ?id=}), for administrators (403 for anyone else, 404 for an id that
 * is no person). Built in memory first, so that a failure gives an error page rather than half a file.
 */
@WebServlet("/people/export.json")
public class PersonalDataExport extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonalData data;

    @Inject
    Instance<Actor> actors;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        long id;
        try {
            id = Ids.parse(request.getParameter("id"));
            data.export(actors.get(), id, json);
        } catch (NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (Forbidden e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (SQLException e) {
            throw new ServletException("Could not read the person's data", e);
        }
        response.setContentType("application/json; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"person-" + id + ".json\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(json.size());
        json.writeTo(response.getOutputStream());
    }
}
