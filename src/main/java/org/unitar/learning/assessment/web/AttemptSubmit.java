package org.unitar.learning.assessment.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import org.unitar.learning.assessment.service.Attempts;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.web.Ids;
import org.unitar.learning.shared.web.PageToken;

/**
 * The summary page's Submit button, a plain form post ({@code attempt} and the page's {@code token}): the attempt is
 * submitted and graded with the answers saved so far (again: nothing changes), then the learner is sent to its
 * result (303). Not a Faces action, so that when a whole group submits at the end of an exam the submissions do not
 * wait for pages being built ({@link org.unitar.learning.learning.web.LearnerPageTurns}). An attempt that is not the
 * learner's gives the 404 page, a post without the page's token 403. Under /learn/, so only signed-in learners
 * reach it.
 */
@WebServlet(AttemptSubmit.PATH)
public class AttemptSubmit extends HttpServlet {

    public static final String PATH = "/learn/submit";
    private static final long serialVersionUID = 1L;

    @Inject
    Attempts attempts;

    @Inject
    Instance<Actor> actors;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/learn/");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!PageToken.checked(request, response)) {
            return;
        }
        long attempt = Ids.parse(request.getParameter("attempt"));
        attempts.submit(actors.get(), attempt);
        PageToken.seeOther(request, response, "/learn/result.xhtml?id=" + attempt);
    }
}
