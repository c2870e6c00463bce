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
import org.unitar.learning.shared.InputRefused;

/** A group of questions in a bank ("Local integration", "Data and evidence"): what a quiz draws random questions from. */
@Entity
@Table(name = "question_category")
public class QuestionCategory {

    public static final int NAME_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "bank_id", updatable = false)
    private QuestionBank bank;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(nullable = false)
    private int position;

    protected QuestionCategory() {
    }

    QuestionCategory(QuestionBank bank, String name, int position) {
        this.bank = bank;
        this.name = name;
        this.position = position;
    }

    void rename(String checkedName) {
        name = checkedName;
    }

    static String checkName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new InputRefused("name", "question_bank.categoryRequired");
        }
        if (stripped.length() > NAME_LENGTH) {
            throw new InputRefused("name", "author_course.textTooLong");
        }
        return stripped;
    }

    public Long id() {
        return id;
    }

    public QuestionBank bank() {
        return bank;
    }

    public String name() {
        return name;
    }
}
