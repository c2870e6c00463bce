package org.unitar.learning.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

import org.unitar.learning.assessment.Attempt;
import org.unitar.learning.assessment.Quiz;
import org.unitar.learning.assessment.service.Attempts;
import org.unitar.learning.catalogue.PublishedCourse;
import org.unitar.learning.catalogue.service.PublishedCourses;
import org.unitar.learning.catalogue.web.Faces;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.NotFound;
import org.unitar.learning.shared.web.Ids;

/**
 * Backs learn/quiz.xhtml ({@code ?id=} a course, {@code &lesson=} its assessment lesson): what the quiz asks of the
 * learner (questions, time, attempts, pass mark), their attempts and grade, and starting or continuing an attempt.
 * Only for a learner the lesson is released to (the 404 page otherwise).
 */
@Named
@ViewScoped
public class QuizPage implements Serializable {

    private static final long serialVersionUID = 1L;

    public record AttemptRow(long id, int number, String state, Instant startedAt, Instant submittedAt, String percent,
                             Boolean passed) implements Serializable {
    }

    @Inject
    Attempts attempts;

    @Inject
    PublishedCourses courses;

    @Inject
    Actor actor;

    private String idParam;
    private String lessonParam;
    private long id;
    private long lesson;
    private ContentLanguage language;
    private String courseTitle;
    private String title;
    private int questions;
    private Integer timeLimit;
    private Integer attemptsAllowed;
    private String gradingMethod;
    private int passPercent;
    private Instant opensAt;
    private Instant closesAt;
    private List<AttemptRow> rows = List.of();
    private Long inProgress;
    private String grade;
    private boolean passed;
    private String cannotStart;

    public void load() {
        id = Ids.parse(idParam);
        lesson = Ids.parse(lessonParam);
        Attempts.Overview overview = attempts.overview(actor, id, lesson);
        PublishedCourse course = courses.find(id).orElseThrow(() -> new NotFound("Course " + id));
        language = course.readIn(Faces.reader());
        courseTitle = course.title(language);
        title = course.lesson(lesson).orElseThrow(() -> new NotFound("Lesson " + lesson)).title(language, course.defaultLanguage());
        Quiz quiz = overview.quiz();
        questions = quiz.questionCount();
        timeLimit = quiz.timeLimitMinutes().orElse(null);
        attemptsAllowed = quiz.attemptsAllowed().orElse(null);
        gradingMethod = quiz.gradingMethod().name();
        passPercent = quiz.passPercent();
        opensAt = quiz.opensAt().orElse(null);
        closesAt = quiz.closesAt().orElse(null);
        rows = overview.attempts().stream().map(QuizPage::row).toList();
        inProgress = overview.inProgress().map(Attempt::id).orElse(null);
        grade = overview.grade().isPresent() ? percent(BigDecimal.valueOf(overview.grade().getAsDouble())) : null;
        passed = overview.passed();
        cannotStart = overview.cannotStart() == null ? null : "quiz.cannotStart." + overview.cannotStart().name();
    }

    private static AttemptRow row(Attempt a) {
        return new AttemptRow(a.id(), a.number(), a.state().name(), a.startedAt(), a.submittedAt().orElse(null),
                a.percent().map(QuizPage::percent).orElse(null), a.passed().orElse(null));
    }

    static String percent(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Starts an attempt (or continues the one in progress) and opens it. */
    public String start() {
        Attempt attempt;
        try {
            attempt = startOnce();
        } catch (InputRefused e) {
            Faces.error(null, e.messageKey());
            return null;
        }
        return "/learn/attempt?faces-redirect=true&id=" + attempt.id();
    }

    private Attempt startOnce() {
        try {
            return attempts.start(actor, id, lesson, Faces.reader());
        } catch (PersistenceException e) {
            // the same start arrived twice at once (a double click, two tabs): the other one made the attempt
            return attempts.start(actor, id, lesson, Faces.reader());
        }
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public String getLessonParam() {
        return lessonParam;
    }

    public void setLessonParam(String lessonParam) {
        this.lessonParam = lessonParam;
    }

    public long getId() {
        return id;
    }

    public long getLesson() {
        return lesson;
    }

    public ContentLanguage getLanguage() {
        return language;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public String getTitle() {
        return title;
    }

    public int getQuestions() {
        return questions;
    }

    public Integer getTimeLimit() {
        return timeLimit;
    }

    public Integer getAttemptsAllowed() {
        return attemptsAllowed;
    }

    public String getGradingMethod() {
        return gradingMethod;
    }

    public int getPassPercent() {
        return passPercent;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public List<AttemptRow> getRows() {
        return rows;
    }

    public Long getInProgress() {
        return inProgress;
    }

    public String getGrade() {
        return grade;
    }

    public boolean isPassed() {
        return passed;
    }

    public String getCannotStart() {
        return cannotStart;
    }
}
