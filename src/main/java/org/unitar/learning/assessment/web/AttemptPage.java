package org.unitar.learning.assessment.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.unitar.learning.assessment.Attempt;
import org.unitar.learning.assessment.AttemptClosed;
import org.unitar.learning.assessment.AttemptState;
import org.unitar.learning.assessment.Quiz;
import org.unitar.learning.assessment.QuizLayout;
import org.unitar.learning.assessment.Response;
import org.unitar.learning.assessment.service.Attempts;
import org.unitar.learning.catalogue.PublishedCourse;
import org.unitar.learning.catalogue.service.PublishedCourses;
import org.unitar.learning.catalogue.web.Faces;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.NotFound;
import org.unitar.learning.shared.web.Ids;
import org.unitar.learning.shared.web.PageToken;

/**
 * Backs learn/attempt.xhtml ({@code ?id=} an attempt of the learner's, {@code &page=} a page of it, or
 * {@code &page=summary}): the attempt's questions one per page or all on one, with the answers saved so far, the
 * time left as the server counts it, and the summary before submitting. The page's script saves each answer as it
 * is given (see {@link AnswerSaves}); each button also saves the page's answers, so that it works without script.
 * An attempt that is submitted or whose time is up opens its result.
 */
@Named
@ViewScoped
public class AttemptPage implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String SUMMARY = "summary";

    /** A line of the summary: the question's number, whether it has an answer, the page it is on. */
    public record SummaryRow(int number, boolean answered, int page) implements Serializable {
    }

    @Inject
    Attempts attempts;

    @Inject
    PublishedCourses courses;

    @Inject
    Clock clock;

    @Inject
    Actor actor;

    private String idParam;
    private String pageParam;
    private long id;
    private long courseId;
    private long lesson;
    private int number;
    private boolean summary;
    private int page;
    private int pages;
    private ContentLanguage language;
    private String title;
    private Long secondsLeft;
    private List<QuestionView> questions = List.of();
    private List<SummaryRow> summaryRows = List.of();
    private String token;

    /** Loads the page; a closed attempt goes to its result. */
    public String load() {
        id = Ids.parse(idParam);
        Attempt attempt = attempts.attempt(actor, id);
        Instant now = clock.instant();
        if (attempt.isDue(now)) {
            attempts.submit(actor, id);
        }
        if (attempt.state() != AttemptState.IN_PROGRESS || attempt.isDue(now)) {
            return "/learn/result?faces-redirect=true&id=" + id;
        }
        Quiz quiz = attempts.quizOf(attempt);
        PublishedCourse course = courses.find(attempt.courseId()).orElseThrow(() -> new NotFound("Course " + attempt.courseId()));
        courseId = course.courseId();
        lesson = quiz.lessonId();
        number = attempt.number();
        language = course.readIn(Faces.reader());
        title = course.lesson(lesson).map(l -> l.title(language, course.defaultLanguage())).orElse("");
        boolean onePerPage = quiz.layout() == QuizLayout.ONE_PER_PAGE;
        pages = onePerPage ? attempt.questions().size() : 1;
        summary = SUMMARY.equals(pageParam);
        page = summary ? 0 : Math.max(0, Math.min(pages - 1, parsePage()));
        secondsLeft = attempt.timeLeft(now).map(d -> Math.max(0, d.getSeconds())).orElse(null);
        var words = Faces.words();
        questions = attempt.questions().stream()
                .filter(q -> !summary && (!onePerPage || q.position() == page))
                .map(q -> QuestionView.of(q, language, course.defaultLanguage(), words)).toList();
        summaryRows = attempt.questions().stream()
                .map(q -> new SummaryRow(q.position() + 1, q.answered(), onePerPage ? q.position() : 0)).toList();
        token = PageToken.of((HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true));
        return null;
    }

    private int parsePage() {
        try {
            return pageParam == null ? 0 : Integer.parseInt(pageParam);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public String previous() {
        return saveThenOpen(String.valueOf(page - 1));
    }

    public String next() {
        return saveThenOpen(String.valueOf(page + 1));
    }

    public String toSummary() {
        return saveThenOpen(SUMMARY);
    }

    public String openPage(int target) {
        return saveThenOpen(String.valueOf(target));
    }

    /** Saves the answers of the questions this page shows, as posted, then opens {@code target}. */
    private String saveThenOpen(String target) {
        Map<Integer, Response> answers = new LinkedHashMap<>();
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, String[]> posted = context.getRequestParameterValuesMap();
        for (QuestionView question : questions) {
            String[] values = posted.get("q" + question.position());
            Response response = values == null ? Response.NONE : new Response(Arrays.asList(values));
            answers.put(question.position(), response.isEmpty() ? Response.NONE : response);
        }
        try {
            attempts.answerAll(actor, id, answers);
        } catch (AttemptClosed e) {
            Faces.flash("attempt.timeUp");
            return "/learn/result?faces-redirect=true&id=" + id;
        } catch (InputRefused e) {
            Faces.error(null, e.messageKey());
            return null;
        }
        return "/learn/attempt?faces-redirect=true&id=" + id + "&page=" + target;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public String getPageParam() {
        return pageParam;
    }

    public void setPageParam(String pageParam) {
        this.pageParam = pageParam;
    }

    public long getId() {
        return id;
    }

    public long getCourseId() {
        return courseId;
    }

    public long getLesson() {
        return lesson;
    }

    public int getNumber() {
        return number;
    }

    public boolean isSummary() {
        return summary;
    }

    public int getPage() {
        return page;
    }

    public int getPages() {
        return pages;
    }

    public boolean isHasPrevious() {
        return !summary && page > 0;
    }

    public boolean isHasNext() {
        return !summary && page < pages - 1;
    }

    public ContentLanguage getLanguage() {
        return language;
    }

    public String getTitle() {
        return title;
    }

    public Long getSecondsLeft() {
        return secondsLeft;
    }

    /** The time left as the timer shows it before its script runs: h:mm:ss, or m:ss under an hour. */
    public String getTimeLeftText() {
        if (secondsLeft == null) {
            return null;
        }
        long h = secondsLeft / 3600;
        long m = secondsLeft % 3600 / 60;
        long s = secondsLeft % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }

    public List<QuestionView> getQuestions() {
        return questions;
    }

    public List<SummaryRow> getSummaryRows() {
        return summaryRows;
    }

    public long getUnanswered() {
        return summaryRows.stream().filter(r -> !r.answered()).count();
    }

    public String getToken() {
        return token;
    }
}
