package org.unitar.learning.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.i18n.TranslatedText;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One version of a question, never changed once written: what attempts show and grade. */
@Entity
@Table(name = "question_version")
public class QuestionVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id", updatable = false)
    private Question question;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false, precision = 6, scale = 2)
    private BigDecimal points;

    @OneToOne(cascade = CascadeType.ALL, optional = false)
    @JoinColumn(name = "stem_id", updatable = false)
    private TranslatedText stem;

    @OneToOne(cascade = CascadeType.ALL, optional = false)
    @JoinColumn(name = "feedback_id", updatable = false)
    private TranslatedText feedback;

    @Lob
    @Column(nullable = false, updatable = false)
    private String scoring;

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<QuestionPart> parts = new ArrayList<>();

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Transient
    private Scoring readScoring;

    protected QuestionVersion() {
    }

    QuestionVersion(Question question, int number, QuestionContent content, String author, Instant now) {
        this.question = question;
        this.number = number;
        this.points = content.points();
        this.stem = translated(content.stem());
        this.feedback = translated(content.feedback());
        this.scoring = ScoringJson.write(content.scoring());
        for (QuestionContent.Part part : content.parts()) {
            parts.add(new QuestionPart(this, parts.size(), part.key(), translated(part.text()), translated(part.feedback())));
        }
        this.createdBy = author;
        this.createdAt = now;
    }

    private static TranslatedText translated(Map<ContentLanguage, String> texts) {
        TranslatedText text = new TranslatedText();
        texts.forEach(text::set);
        return text;
    }

    public Scoring scoring() {
        if (readScoring == null) {
            readScoring = ScoringJson.read(scoring);
        }
        return readScoring;
    }

    /** This version as an author edits it: the start of the next version. */
    public QuestionContent content() {
        return new QuestionContent(points, stem.all(), feedback.all(),
                parts.stream().map(p -> new QuestionContent.Part(p.key(), p.text().all(), p.feedback().all())).toList(), scoring());
    }

    public Long id() {
        return id;
    }

    public Question question() {
        return question;
    }

    public int number() {
        return number;
    }

    public BigDecimal points() {
        return points;
    }

    public TranslatedText stem() {
        return stem;
    }

    public TranslatedText feedback() {
        return feedback;
    }

    public List<QuestionPart> parts() {
        return List.copyOf(parts);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
