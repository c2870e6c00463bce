package org.unitar.learning.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.unitar.learning.assessment.Attempt;
import org.unitar.learning.assessment.AttemptState;
import org.unitar.learning.assessment.Quiz;
import org.unitar.learning.assessment.service.Attempts;
import org.unitar.learning.catalogue.PublishedCourse;
import org.unitar.learning.catalogue.service.PublishedCourses;
import org.unitar.learning.catalogue.web.Faces;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.NotFound;
import org.unitar.learning.shared.web.Ids;

/**
 * Backs learn/result.xhtml ({@code ?id=} an attempt of the learner's): its score and whether it passed, and a review
 * of each question showing only what the quiz's review rules allow at this moment (answers, correctness, feedback,
 * right answers). An attempt still in progress opens itself instead.
 */
@Named
@ViewScoped
public class AttemptResult implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Attempts attempts;

    @Inject
    PublishedCourses courses;

    @Inject
    Clock clock;

    @Inject
    Actor actor;

    private String idParam;
    private long id;
    private long courseId;
    private long lesson;
    private int number;
    private String state;
    private boolean expired;
    private Instant submittedAt;
    private String percent;
    private String marks;
    private String maxMarks;
    private Boolean passed;
    private int passPercent;
    private ContentLanguage language;
    private String title;
    private boolean reviewed;
    private List<QuestionView> questions = List.of();

    public String load() {
        id = Ids.parse(idParam);
        Attempt attempt = attempts.attempt(actor, id);
        Instant now = clock.instant();
        if (attempt.state() == AttemptState.IN_PROGRESS && attempt.isDue(now)) {
            attempt = attempts.submit(actor, id);
        }
        if (attempt.state() == AttemptState.IN_PROGRESS) {
            return "/learn/attempt?faces-redirect=true&id=" + id;
        }
        Quiz quiz = attempts.quizOf(attempt);
        long course = attempt.courseId();
        PublishedCourse published = courses.find(course).orElseThrow(() -> new NotFound("Course " + course));
        courseId = course;
        lesson = quiz.lessonId();
        language = published.readIn(Faces.reader());
        title = published.lesson(lesson).map(l -> l.title(language, published.defaultLanguage())).orElse("");
        number = attempt.number();
        state = attempt.state().name();
        expired = attempt.expired();
        submittedAt = attempt.submittedAt().orElse(null);
        percent = attempt.percent().map(QuizPage::percent).orElse(null);
        marks = attempt.marks().map(QuizPage::percent).orElse(null);
        maxMarks = QuizPage.percent(attempt.maxMarks());
        passed = attempt.passed().orElse(null);
        passPercent = quiz.passPercent();
        Quiz.Review rules = quiz.review(attempt.state(), now);
        reviewed = rules.answers() || rules.correctness() || rules.feedback() || rules.correctAnswers();
        var words = Faces.words();
        questions = reviewed ? attempt.questions().stream()
                .map(q -> QuestionView.reviewed(q, language, published.defaultLanguage(), words, rules)).toList() : List.of();
        return null;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
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

    public String getState() {
        return state;
    }

    public boolean isExpired() {
        return expired;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getPercent() {
        return percent;
    }

    public String getMarks() {
        return marks;
    }

    public String getMaxMarks() {
        return maxMarks;
    }

    public Boolean getPassed() {
        return passed;
    }

    public int getPassPercent() {
        return passPercent;
    }

    public ContentLanguage getLanguage() {
        return language;
    }

    public String getTitle() {
        return title;
    }

    public boolean isReviewed() {
        return reviewed;
    }

    public List<QuestionView> getQuestions() {
        return questions;
    }
}
