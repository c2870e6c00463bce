package org.unitar.learning.learning.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import org.unitar.learning.catalogue.CompletionRule;
import org.unitar.learning.identity.web.CurrentLanguage;
import org.unitar.learning.learning.service.Learning;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.NotFound;
import org.unitar.learning.shared.web.Ids;
import org.unitar.learning.shared.web.PageToken;

/**
 * The lesson page's buttons, plain form posts (no script, no Faces view to keep): {@code course}, {@code lesson},
 * the {@code visit} its opening recorded and the page's {@code token}, with either {@code action} ({@code complete}:
 * the learner marks the lesson done; {@code videoEnded}: its video played to the end) or {@code go} (a lesson id, or
 * {@code outline}: the time spent in the lesson is counted, then the learner goes there). {@link Learning} refuses a
 * course, lesson or visit that is not the learner's (the 404 page, as for any crafted id or a post naming no
 * button); a post without the page's token gets 403. Then the learner is sent on (303): after a completion back to
 * the lesson, which says so. Under /learn/, so only signed-in learners reach it.
 */
@WebServlet(ProgressActions.PATH)
public class ProgressActions extends HttpServlet {

    public static final String PATH = "/learn/progress";
    private static final long serialVersionUID = 1L;

    @Inject
    Learning learning;

    @Inject
    Instance<Actor> actors;

    @Inject
    CurrentLanguage language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/learn/");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!PageToken.checked(request, response)) {
            return;
        }
        long course = Ids.parse(request.getParameter("course"));
        long lesson = Ids.parse(request.getParameter("lesson"));
        String visit = request.getParameter("visit");
        if (visit == null || visit.isBlank()) {
            throw new NotFound("No visit of lesson " + lesson);
        }
        Actor actor = actors.get();
        ContentLanguage reader = ContentLanguage.of(language.getCurrent());
        String action = request.getParameter("action");
        String go = request.getParameter("go");
        if ("complete".equals(action) || "videoEnded".equals(action)) {
            boolean courseDone = learning.complete(actor, course, lesson, visit,
                    "complete".equals(action) ? CompletionRule.LEARNER_MARKS : CompletionRule.VIDEO_END, reader);
            ProgressNotice.leave(request.getSession(), new ProgressNotice(course, lesson, visit,
                    courseDone ? "learn.courseCompleted" : "learn.lessonCompleted"));
            PageToken.seeOther(request, response, LessonPlayer.url(course, lesson));
        } else if (action == null && go != null) {
            Long target = go.equals("outline") ? null : Ids.parse(go);
            learning.leave(actor, course, lesson, visit, reader);
            PageToken.seeOther(request, response, LessonPlayer.url(course, target));
        } else {
            throw new NotFound("No button of lesson " + lesson + "'s form was pressed");
        }
    }
}
