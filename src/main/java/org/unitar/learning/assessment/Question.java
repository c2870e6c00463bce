package org.unitar.learning.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.unitar.learning.catalogue.EditConflict;
import org.unitar.learning.shared.InputRefused;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A question in a bank: a series of versions, the last one current. Editing never changes a version: it adds the
 * next one, so that an attempt keeps showing and grading what the learner saw, and new attempts get the newest.
 * Its type is fixed at creation (a new type is a new question).
 */
@Entity
@Table(name = "question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private QuestionCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private QuestionType type;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "question", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<QuestionVersion> versions = new ArrayList<>();

    @Version
    private long version;

    protected Question() {
    }

    public static Question create(QuestionCategory category, QuestionContent content, String author, Instant now) {
        Question question = new Question();
        question.category = category;
        question.type = content.type();
        question.createdBy = author;
        question.createdAt = now;
        question.versions.add(new QuestionVersion(question, 1, content.checked(), author, now));
        return question;
    }

    /**
     * Adds the next version, if {@code basedOn} is still the current one (else someone saved meanwhile: {@link
     * EditConflict}, nothing written).
     */
    public QuestionVersion revise(int basedOn, QuestionContent content, String author, Instant now) {
        if (basedOn != current().number()) {
            throw new EditConflict();
        }
        if (content.type() != type) {
            throw new InputRefused("type", "question.typeFixed");
        }
        QuestionVersion next = new QuestionVersion(this, basedOn + 1, content.checked(), author, now);
        versions.add(next);
        return next;
    }

    public void moveTo(QuestionCategory target) {
        category = target;
    }

    public QuestionVersion current() {
        return versions.get(versions.size() - 1);
    }

    public List<QuestionVersion> versions() {
        return List.copyOf(versions);
    }

    public Long id() {
        return id;
    }

    public QuestionType type() {
        return type;
    }

    public QuestionCategory category() {
        return category;
    }
}
