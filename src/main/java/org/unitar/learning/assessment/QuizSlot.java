package org.unitar.learning.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.Optional;

/** One place in a quiz: a question of a bank, or {@link #drawCount} questions drawn at random from a category. */
@Entity
@Table(name = "quiz_slot")
public class QuizSlot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "quiz_id", updatable = false)
    private Quiz quiz;

    @Column(nullable = false)
    private int position;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id", updatable = false)
    private Question question;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id", updatable = false)
    private QuestionCategory category;

    @Column(name = "draw_count")
    private Integer drawCount;

    protected QuizSlot() {
    }

    static QuizSlot of(Quiz quiz, Question question) {
        QuizSlot slot = new QuizSlot();
        slot.quiz = quiz;
        slot.question = question;
        return slot;
    }

    static QuizSlot draw(Quiz quiz, QuestionCategory category, int count) {
        QuizSlot slot = new QuizSlot();
        slot.quiz = quiz;
        slot.category = category;
        slot.drawCount = count;
        return slot;
    }

    void position(int position) {
        this.position = position;
    }

    public Long id() {
        return id;
    }

    /** The question this slot always asks; empty for a random draw. */
    public Optional<Question> question() {
        return Optional.ofNullable(question);
    }

    /** The category a random draw takes from; empty for a fixed question. */
    public Optional<QuestionCategory> category() {
        return Optional.ofNullable(category);
    }

    /** How many questions this slot asks. */
    public int count() {
        return question != null ? 1 : drawCount;
    }
}
