package org.unitar.learning.assessment;

import java.io.Serializable;
import java.time.LocalDateTime;

import org.unitar.learning.shared.InputRefused;

/**
 * A quiz's settings as a trainer edits them. Dates are UTC, as every time on the platform. {@link #checked()} says
 * what cannot be meant, with the field it concerns.
 */
public class QuizSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_TIME_LIMIT_MINUTES = 24 * 60;
    public static final int MAX_ATTEMPTS = 100;
    public static final int MAX_EXTRA_MINUTES = 24 * 60;

    private QuizLayout layout = QuizLayout.ONE_PER_PAGE;
    private boolean shuffleQuestions;
    private boolean shuffleOptions = true;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private Integer timeLimitMinutes;
    private Integer attemptsAllowed;
    private GradingMethod gradingMethod = GradingMethod.HIGHEST;
    private int passPercent = 50;
    private ReviewTime reviewAnswers = ReviewTime.AFTER_SUBMIT;
    private ReviewTime reviewCorrectness = ReviewTime.AFTER_SUBMIT;
    private ReviewTime reviewFeedback = ReviewTime.AFTER_SUBMIT;
    private ReviewTime reviewCorrectAnswers = ReviewTime.AFTER_CLOSE;

    /** These settings, or {@link InputRefused} naming the first field that cannot be meant. */
    public QuizSettings checked() {
        if (layout == null || gradingMethod == null || reviewAnswers == null || reviewCorrectness == null
                || reviewFeedback == null || reviewCorrectAnswers == null) {
            throw new InputRefused("layout", "quiz.settingMissing");
        }
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            throw new InputRefused("closesAt", "quiz.closesBeforeOpening");
        }
        if (timeLimitMinutes != null && (timeLimitMinutes < 1 || timeLimitMinutes > MAX_TIME_LIMIT_MINUTES)) {
            throw new InputRefused("timeLimit", "quiz.timeLimitRange");
        }
        if (attemptsAllowed != null && (attemptsAllowed < 1 || attemptsAllowed > MAX_ATTEMPTS)) {
            throw new InputRefused("attempts", "quiz.attemptsRange");
        }
        if (passPercent < 0 || passPercent > 100) {
            throw new InputRefused("passPercent", "quiz.passPercentRange");
        }
        return this;
    }

    public QuizLayout getLayout() {
        return layout;
    }

    public void setLayout(QuizLayout layout) {
        this.layout = layout;
    }

    public boolean isShuffleQuestions() {
        return shuffleQuestions;
    }

    public void setShuffleQuestions(boolean shuffleQuestions) {
        this.shuffleQuestions = shuffleQuestions;
    }

    public boolean isShuffleOptions() {
        return shuffleOptions;
    }

    public void setShuffleOptions(boolean shuffleOptions) {
        this.shuffleOptions = shuffleOptions;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    public Integer getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    public void setTimeLimitMinutes(Integer timeLimitMinutes) {
        this.timeLimitMinutes = timeLimitMinutes;
    }

    public Integer getAttemptsAllowed() {
        return attemptsAllowed;
    }

    public void setAttemptsAllowed(Integer attemptsAllowed) {
        this.attemptsAllowed = attemptsAllowed;
    }

    public GradingMethod getGradingMethod() {
        return gradingMethod;
    }

    public void setGradingMethod(GradingMethod gradingMethod) {
        this.gradingMethod = gradingMethod;
    }

    public int getPassPercent() {
        return passPercent;
    }

    public void setPassPercent(int passPercent) {
        this.passPercent = passPercent;
    }

    public ReviewTime getReviewAnswers() {
        return reviewAnswers;
    }

    public void setReviewAnswers(ReviewTime reviewAnswers) {
        this.reviewAnswers = reviewAnswers;
    }

    public ReviewTime getReviewCorrectness() {
        return reviewCorrectness;
    }

    public void setReviewCorrectness(ReviewTime reviewCorrectness) {
        this.reviewCorrectness = reviewCorrectness;
    }

    public ReviewTime getReviewFeedback() {
        return reviewFeedback;
    }

    public void setReviewFeedback(ReviewTime reviewFeedback) {
        this.reviewFeedback = reviewFeedback;
    }

    public ReviewTime getReviewCorrectAnswers() {
        return reviewCorrectAnswers;
    }

    public void setReviewCorrectAnswers(ReviewTime reviewCorrectAnswers) {
        this.reviewCorrectAnswers = reviewCorrectAnswers;
    }
}
