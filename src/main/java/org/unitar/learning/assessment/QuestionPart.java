package org.unitar.learning.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.unitar.learning.shared.i18n.TranslatedText;

/** An option, prompt or item of a question version: its key in the scoring, its text and its own feedback. */
@Entity
@Table(name = "question_part")
public class QuestionPart {

    public static final int KEY_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "version_id", updatable = false)
    private QuestionVersion version;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "part_key", nullable = false, updatable = false, length = KEY_LENGTH)
    private String key;

    @OneToOne(cascade = CascadeType.ALL, optional = false)
    @JoinColumn(name = "text_id", updatable = false)
    private TranslatedText text;

    @OneToOne(cascade = CascadeType.ALL, optional = false)
    @JoinColumn(name = "feedback_id", updatable = false)
    private TranslatedText feedback;

    protected QuestionPart() {
    }

    QuestionPart(QuestionVersion version, int position, String key, TranslatedText text, TranslatedText feedback) {
        this.version = version;
        this.position = position;
        this.key = key;
        this.text = text;
        this.feedback = feedback;
    }

    public String key() {
        return key;
    }

    public TranslatedText text() {
        return text;
    }

    public TranslatedText feedback() {
        return feedback;
    }
}
