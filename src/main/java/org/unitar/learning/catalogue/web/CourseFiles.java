package org.unitar.learning.catalogue.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.unitar.learning.catalogue.service.CourseAuthoring;
import org.unitar.learning.shared.files.FileDownload;
import org.unitar.learning.shared.files.FileStore;
import org.unitar.learning.shared.files.StoredFile;
import org.unitar.learning.shared.security.Actor;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the files of courses at {@code /files/{id}/{name}} to signed-in people who may read them (see
 * {@link CourseAuthoring#mayReadFile}); anyone else gets 404, as for a file that does not exist.
 */
@WebServlet("/files/*")
public class CourseFiles extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})(?:/[^/]*)?");

    @Inject
    CourseAuthoring authoring;

    @Inject
    FileStore store;

    @Inject
    Instance<Actor> actor;

    /** The address of a stored file, for pages. */
    public static String url(String contextPath, long fileId, String name) {
        return contextPath + "/files/" + fileId + "/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(Optional.ofNullable(request.getPathInfo()).orElse(""));
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(m.group(1));
        Optional<StoredFile> file = store.find(id).filter(f -> authoring.mayReadFile(actor.get(), id));
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileDownload.send(file.get(), store.path(file.get()), request, response);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }
}
