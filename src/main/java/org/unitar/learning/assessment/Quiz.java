package org.unitar.learning.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.unitar.learning.shared.InputRefused;

/**
 * The quiz of an assessment lesson (its id is the lesson's): what it asks, when it is open, how long an attempt
 * lasts, how many attempts a learner has, how their grade is made and what they may review. Whether passing it is
 * required for completing the course is the lesson's "required".
 */
@Entity
@Table(name = "quiz")
public class Quiz {

    public static final int MAX_DRAW = 100;

    /** What a learner may see of a submitted attempt. */
    public record Review(boolean answers, boolean correctness, boolean feedback, boolean correctAnswers) {
    }

    @Id
    @Column(name = "lesson_id")
    private Long lessonId;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private QuizLayout layout;

    @Column(name = "shuffle_questions", nullable = false)
    private boolean shuffleQuestions;

    @Column(name = "shuffle_options", nullable = false)
    private boolean shuffleOptions;

    @Column(name = "opens_at")
    private Instant opensAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Column(name = "time_limit_minutes")
    private Integer timeLimitMinutes;

    @Column(name = "attempts_allowed")
    private Integer attemptsAllowed;

    @Enumerated(EnumType.STRING)
    @Column(name = "grading_method", nullable = false, length = 16)
    private GradingMethod gradingMethod;

    @Column(name = "pass_percent", nullable = false)
    private int passPercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_answers", nullable = false, length = 16)
    private ReviewTime reviewAnswers;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_correctness", nullable = false, length = 16)
    private ReviewTime reviewCorrectness;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_feedback", nullable = false, length = 16)
    private ReviewTime reviewFeedback;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_correct_answers", nullable = false, length = 16)
    private ReviewTime reviewCorrectAnswers;

    @OneToMany(mappedBy = "quiz", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QuizSlot> slots = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "quiz_extra_time", joinColumns = @JoinColumn(name = "quiz_id"))
    private List<ExtraTime> extraTimes = new ArrayList<>();

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Quiz() {
    }

    /** The quiz of a new assessment lesson, with the settings most quizzes keep. */
    public static Quiz create(long lessonId, long courseId, String by, Instant now) {
        Quiz quiz = new Quiz();
        quiz.lessonId = lessonId;
        quiz.courseId = courseId;
        quiz.apply(new QuizSettings(), by, now);
        return quiz;
    }

    public void apply(QuizSettings settings, String by, Instant now) {
        settings.checked();
        layout = settings.getLayout();
        shuffleQuestions = settings.isShuffleQuestions();
        shuffleOptions = settings.isShuffleOptions();
        opensAt = instant(settings.getOpensAt());
        closesAt = instant(settings.getClosesAt());
        timeLimitMinutes = settings.getTimeLimitMinutes();
        attemptsAllowed = settings.getAttemptsAllowed();
        gradingMethod = settings.getGradingMethod();
        passPercent = settings.getPassPercent();
        reviewAnswers = settings.getReviewAnswers();
        reviewCorrectness = settings.getReviewCorrectness();
        reviewFeedback = settings.getReviewFeedback();
        reviewCorrectAnswers = settings.getReviewCorrectAnswers();
        touched(by, now);
    }

    public QuizSettings settings() {
        QuizSettings settings = new QuizSettings();
        settings.setLayout(layout);
        settings.setShuffleQuestions(shuffleQuestions);
        settings.setShuffleOptions(shuffleOptions);
        settings.setOpensAt(local(opensAt));
        settings.setClosesAt(local(closesAt));
        settings.setTimeLimitMinutes(timeLimitMinutes);
        settings.setAttemptsAllowed(attemptsAllowed);
        settings.setGradingMethod(gradingMethod);
        settings.setPassPercent(passPercent);
        settings.setReviewAnswers(reviewAnswers);
        settings.setReviewCorrectness(reviewCorrectness);
        settings.setReviewFeedback(reviewFeedback);
        settings.setReviewCorrectAnswers(reviewCorrectAnswers);
        return settings;
    }

    /** Asks {@code question} (of a bank the course may use), once. */
    public void add(Question question, String by, Instant now) {
        if (slots.stream().anyMatch(s -> s.question().filter(q -> q.id().equals(question.id())).isPresent())) {
            throw new InputRefused("question", "quiz.questionTwice");
        }
        slots.add(QuizSlot.of(this, question));
        renumber();
        touched(by, now);
    }

    /** Asks {@code count} questions drawn at random from {@code category} (of a bank the course may use). */
    public void addDraw(QuestionCategory category, int count, String by, Instant now) {
        if (count < 1 || count > MAX_DRAW) {
            throw new InputRefused("drawCount", "quiz.drawCountRange");
        }
        slots.add(QuizSlot.draw(this, category, count));
        renumber();
        touched(by, now);
    }

    public void removeSlot(long slotId, String by, Instant now) {
        slots.remove(slot(slotId));
        renumber();
        touched(by, now);
    }

    /** Moves a slot one place up ({@code -1}) or down ({@code 1}). */
    public void moveSlot(long slotId, int by1, String by, Instant now) {
        int from = slots.indexOf(slot(slotId));
        int to = from + Integer.signum(by1);
        if (to >= 0 && to < slots.size()) {
            Collections.swap(slots, from, to);
            renumber();
            touched(by, now);
        }
    }

    private QuizSlot slot(long slotId) {
        return slots.stream().filter(s -> s.id() != null && s.id() == slotId).findFirst()
                .orElseThrow(() -> new InputRefused("slots", "quiz.slotGone"));
    }

    private void renumber() {
        for (int i = 0; i < slots.size(); i++) {
            slots.get(i).position(i);
        }
    }

    /** Gives {@code learner} extra minutes in every attempt (0 takes the accommodation away). */
    public void grantExtraTime(String learner, int minutes, String by, Instant now) {
        if (minutes < 0 || minutes > QuizSettings.MAX_EXTRA_MINUTES) {
            throw new InputRefused("extraMinutes", "quiz.extraTimeRange");
        }
        extraTimes.removeIf(e -> e.learner().equals(learner));
        if (minutes > 0) {
            extraTimes.add(new ExtraTime(learner, minutes, by, now));
        }
        touched(by, now);
    }

    public int extraMinutes(String learner) {
        return extraTimes.stream().filter(e -> e.learner().equals(learner)).mapToInt(ExtraTime::minutes).findFirst().orElse(0);
    }

    /** Whether an attempt may be started at {@code now}. */
    public boolean isOpen(Instant now) {
        return (opensAt == null || !now.isBefore(opensAt)) && !isClosed(now);
    }

    public boolean isClosed(Instant now) {
        return closesAt != null && !now.isBefore(closesAt);
    }

    /**
     * When an attempt {@code learner} starts at {@code startedAt} must be submitted: the time limit plus their
     * extra time, and never after the quiz closes; empty if neither applies.
     */
    public Optional<Instant> deadline(Instant startedAt, String learner) {
        Instant byLimit = timeLimitMinutes == null ? null
                : startedAt.plus(Duration.ofMinutes(timeLimitMinutes + (long) extraMinutes(learner)));
        if (byLimit == null) {
            return Optional.ofNullable(closesAt);
        }
        return Optional.of(closesAt != null && closesAt.isBefore(byLimit) ? closesAt : byLimit);
    }

    /** What the learner may see of an attempt in {@code state} at {@code now}. */
    public Review review(AttemptState state, Instant now) {
        boolean submitted = state != AttemptState.IN_PROGRESS;
        boolean closed = isClosed(now);
        return new Review(reviewAnswers.allows(submitted, closed), reviewCorrectness.allows(submitted, closed),
                reviewFeedback.allows(submitted, closed), reviewCorrectAnswers.allows(submitted, closed));
    }

    public boolean passes(double percent) {
        return percent + 1e-9 >= passPercent;
    }

    /** Whether {@code learner} may start another attempt after {@code made}. */
    public boolean attemptsLeft(int made) {
        return attemptsAllowed == null || made < attemptsAllowed;
    }

    private void touched(String by, Instant now) {
        updatedBy = by;
        updatedAt = now;
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public long lessonId() {
        return lessonId;
    }

    public long courseId() {
        return courseId;
    }

    public List<QuizSlot> slots() {
        return Collections.unmodifiableList(slots);
    }

    public List<ExtraTime> extraTimes() {
        return Collections.unmodifiableList(extraTimes);
    }

    public int questionCount() {
        return slots.stream().mapToInt(QuizSlot::count).sum();
    }

    public QuizLayout layout() {
        return layout;
    }

    public boolean shuffleQuestions() {
        return shuffleQuestions;
    }

    public boolean shuffleOptions() {
        return shuffleOptions;
    }

    public Optional<Instant> opensAt() {
        return Optional.ofNullable(opensAt);
    }

    public Optional<Instant> closesAt() {
        return Optional.ofNullable(closesAt);
    }

    public Optional<Integer> timeLimitMinutes() {
        return Optional.ofNullable(timeLimitMinutes);
    }

    public Optional<Integer> attemptsAllowed() {
        return Optional.ofNullable(attemptsAllowed);
    }

    public GradingMethod gradingMethod() {
        return gradingMethod;
    }

    public int passPercent() {
        return passPercent;
    }

    public long version() {
        return version;
    }
}
