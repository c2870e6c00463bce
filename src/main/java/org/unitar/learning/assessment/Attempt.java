package org.unitar.learning.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.i18n.ContentLanguage;

/**
 * A learner's attempt at a quiz: the questions it drew, the answers saved as they were given, and once submitted
 * its grade. Answers are taken until it is submitted or its deadline passes (the server's clock decides); what was
 * saved by then is what is graded. It leaves {@link AttemptState#IN_PROGRESS} once.
 */
@Entity
@Table(name = "attempt")
public class Attempt {

    /** A question drawn for a new attempt, with the order of its options or items. */
    public record Drawn(QuestionVersion question, List<String> partOrder) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "quiz_id", nullable = false, updatable = false)
    private long quizId;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(name = "learner_subject", nullable = false, updatable = false)
    private String learner;

    @Column(nullable = false, updatable = false, length = 36)
    private String registration;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false, length = 8)
    private ContentLanguage language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttemptState state;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "deadline_at", updatable = false)
    private Instant deadlineAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "graded_at")
    private Instant gradedAt;

    @Column(nullable = false)
    private boolean expired;

    @Column(precision = 10, scale = 4)
    private BigDecimal marks;

    @Column(name = "max_marks", nullable = false, updatable = false, precision = 10, scale = 2)
    private BigDecimal maxMarks;

    @Column(precision = 7, scale = 4)
    private BigDecimal percent;

    private Boolean passed;

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<AttemptQuestion> questions = new ArrayList<>();

    protected Attempt() {
    }

    public static Attempt start(Quiz quiz, String learner, String registration, int number, ContentLanguage language,
                                List<Drawn> drawn, Instant at) {
        Instant now = at.truncatedTo(ChronoUnit.MICROS);
        Attempt attempt = new Attempt();
        attempt.quizId = quiz.lessonId();
        attempt.courseId = quiz.courseId();
        attempt.learner = learner;
        attempt.registration = registration;
        attempt.number = number;
        attempt.language = language;
        attempt.state = AttemptState.IN_PROGRESS;
        attempt.startedAt = now;
        attempt.deadlineAt = quiz.deadline(now, learner).orElse(null);
        for (Drawn d : drawn) {
            attempt.questions.add(new AttemptQuestion(attempt, attempt.questions.size(), d.question(), d.partOrder()));
        }
        attempt.maxMarks = attempt.questions.stream().map(AttemptQuestion::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        return attempt;
    }

    /**
     * Saves the answer to the question at {@code position}, unless a save with a higher sequence number came first
     * (a retried older save never overwrites a newer answer): true if it was kept. Refused on a closed attempt
     * ({@link AttemptClosed}), for a question not in it or an answer the question cannot take ({@link InputRefused}).
     */
    public boolean answer(int position, long sequenceNumber, Response response, Instant now) {
        if (!isOpen(now)) {
            throw new AttemptClosed(id);
        }
        AttemptQuestion question = question(position)
                .orElseThrow(() -> new InputRefused("question", "attempt.noSuchQuestion"));
        if (sequenceNumber < 1 || !question.content().scoring().accepts(response)) {
            throw new InputRefused("question", "attempt.answerRefused");
        }
        return question.save(sequenceNumber, response, now);
    }

    /**
     * Submits the attempt with the answers saved so far and grades what grades itself: true for the one call that
     * did it, false if it was submitted before (nothing changes). {@code expired}: the server submitted it at its
     * deadline.
     */
    public boolean submit(Quiz quiz, boolean expired, Instant now) {
        if (state != AttemptState.IN_PROGRESS) {
            return false;
        }
        this.expired = expired;
        submittedAt = deadlineAt != null && now.isAfter(deadlineAt) ? deadlineAt : now.truncatedTo(ChronoUnit.MICROS);
        boolean allGraded = true;
        for (AttemptQuestion question : questions) {
            allGraded &= question.grade();
        }
        if (allGraded) {
            finishGrading(quiz, now);
        } else {
            state = AttemptState.SUBMITTED;
        }
        return true;
    }

    /**
     * A trainer's mark for the question at {@code position} (one a person grades) of a submitted attempt; the attempt
     * is graded once every question is, and graded again when a mark changes. True if it is graded now.
     */
    public boolean gradeByHand(int position, BigDecimal marks, String comment, String by, Quiz quiz, Instant now) {
        if (state == AttemptState.IN_PROGRESS) {
            throw new InputRefused("marks", "grading.notSubmitted");
        }
        question(position).orElseThrow(() -> new InputRefused("marks", "attempt.noSuchQuestion")).gradeByHand(marks, comment, by);
        if (questions.stream().allMatch(q -> q.fraction().isPresent())) {
            finishGrading(quiz, now);
        }
        return state == AttemptState.GRADED;
    }

    /**
     * Scores again, with {@code fixed} (the current version of the question, once an author has fixed it), the
     * answers this submitted attempt gave to any version of {@code questionId}, and grades the attempt again if a
     * score changed: true if it did.
     */
    public boolean regrade(long questionId, Scoring fixed, Quiz quiz, Instant now) {
        if (state == AttemptState.IN_PROGRESS) {
            return false;
        }
        boolean changed = false;
        for (AttemptQuestion question : questions) {
            Long id = question.question().question().id();
            if (id != null && id == questionId) {
                changed |= question.regrade(fixed);
            }
        }
        if (changed && questions.stream().allMatch(q -> q.fraction().isPresent())) {
            finishGrading(quiz, now);
        }
        return changed;
    }

    private void finishGrading(Quiz quiz, Instant now) {
        marks = questions.stream().map(q -> q.marks().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
        percent = maxMarks.signum() == 0 ? BigDecimal.valueOf(100)
                : marks.multiply(BigDecimal.valueOf(100)).divide(maxMarks, 4, RoundingMode.HALF_UP);
        passed = quiz.passes(percent.doubleValue());
        state = AttemptState.GRADED;
        gradedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** Whether answers are still taken at {@code now}. */
    public boolean isOpen(Instant now) {
        return state == AttemptState.IN_PROGRESS && (deadlineAt == null || now.isBefore(deadlineAt));
    }

    /** Whether the server should submit it: in progress past its deadline. */
    public boolean isDue(Instant now) {
        return state == AttemptState.IN_PROGRESS && deadlineAt != null && !now.isBefore(deadlineAt);
    }

    /** Time left as the server counts it; empty without a deadline. */
    public Optional<Duration> timeLeft(Instant now) {
        return deadline().map(d -> now.isBefore(d) ? Duration.between(now, d) : Duration.ZERO);
    }

    public Optional<AttemptQuestion> question(int position) {
        return position >= 0 && position < questions.size() ? Optional.of(questions.get(position)) : Optional.empty();
    }

    public Long id() {
        return id;
    }

    public long quizId() {
        return quizId;
    }

    public long courseId() {
        return courseId;
    }

    public String learner() {
        return learner;
    }

    public String registration() {
        return registration;
    }

    public int number() {
        return number;
    }

    public ContentLanguage language() {
        return language;
    }

    public AttemptState state() {
        return state;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Optional<Instant> deadline() {
        return Optional.ofNullable(deadlineAt);
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public boolean expired() {
        return expired;
    }

    public List<AttemptQuestion> questions() {
        return Collections.unmodifiableList(questions);
    }

    public Optional<BigDecimal> marks() {
        return Optional.ofNullable(marks);
    }

    public BigDecimal maxMarks() {
        return maxMarks;
    }

    /** The grade as a percentage of the maximum, once graded. */
    public Optional<BigDecimal> percent() {
        return Optional.ofNullable(percent);
    }

    public Optional<Boolean> passed() {
        return Optional.ofNullable(passed);
    }
}
