package org.unitar.learning.assessment.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;

import org.unitar.learning.assessment.AttemptClosed;
import org.unitar.learning.assessment.Response;
import org.unitar.learning.assessment.service.Attempts;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.NotFound;
import org.unitar.learning.shared.web.PageToken;

/**
 * Saves one answer of an attempt as the learner gives it (the attempt page's script posts here): {@code attempt},
 * {@code position}, {@code sequence} and the answer's {@code value}s, with the page's token in the
 * {@value #TOKEN_HEADER} header. Answers 200 with {@code {"kept":true|false}} (false: a newer save came first),
 * 400 for an answer the question cannot take, 404 for an attempt that is not the learner's, 409 for an attempt
 * submitted or out of time, 403 without the token. Under /learn/, so only signed-in learners reach it.
 */
@WebServlet(AnswerSaves.PATH)
public class AnswerSaves extends HttpServlet {

    public static final String PATH = "/learn/answer";
    static final String TOKEN_HEADER = "X-Answer-Token";
    private static final long serialVersionUID = 1L;

    @Inject
    Attempts attempts;

    @Inject
    Instance<Actor> actors;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        if (!PageToken.matches(request.getSession(false), request.getHeader(TOKEN_HEADER))) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        long attempt;
        int position;
        long sequence;
        try {
            attempt = Long.parseLong(request.getParameter("attempt"));
            position = Integer.parseInt(request.getParameter("position"));
            sequence = Long.parseLong(request.getParameter("sequence"));
        } catch (NumberFormatException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String[] values = request.getParameterValues("value");
        Response answer = values == null ? Response.NONE : new Response(Arrays.asList(values));
        try {
            boolean kept = attempts.answer(actors.get(), attempt, position, sequence, answer.isEmpty() ? Response.NONE : answer);
            response.getWriter().write("{\"kept\":" + kept + "}");
        } catch (InputRefused e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (NotFound e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        } catch (AttemptClosed e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
    }
}
