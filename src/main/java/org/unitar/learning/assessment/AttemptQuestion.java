package org.unitar.learning.assessment;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import java.io.Serializable;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.unitar.learning.shared.InputRefused;

/**
 * One question as one attempt shows it: the version drawn (never the newer ones), the order its options or items
 * were shown in, the learner's saved answer with the sequence number of the save that wrote it, and once graded
 * the fraction of its points earned.
 */
@Entity
@Table(name = "attempt_question")
@IdClass(AttemptQuestion.Key.class)
public class AttemptQuestion {

    /** Longest comment a trainer may give on one answer. */
    public static final int MAX_COMMENT = 5000;

    /** The identity of a question in an attempt. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        Long attempt;
        int position;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(attempt, key.attempt) && position == key.position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(attempt, position);
        }
    }

    @Id
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "attempt_id")
    private Attempt attempt;

    @Id
    private int position;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "question_version_id", updatable = false)
    private QuestionVersion question;

    @Column(name = "question_version_id", insertable = false, updatable = false)
    private Long versionId;

    /** The version's texts and scoring, given by whoever loaded this attempt (versions never change); else read here. */
    @Transient
    private QuestionContent content;

    @Column(nullable = false, updatable = false, precision = 6, scale = 2)
    private BigDecimal points;

    @Lob
    @Column(name = "part_order", nullable = false, updatable = false)
    private String partOrder;

    @Lob
    private String response;

    @Column(nullable = false)
    private long sequence;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(precision = 6, scale = 4)
    private BigDecimal fraction;

    @Lob
    private String comment;

    @Column(name = "graded_by")
    private String gradedBy;

    protected AttemptQuestion() {
    }

    AttemptQuestion(Attempt attempt, int position, QuestionVersion question, List<String> partOrder) {
        this.attempt = attempt;
        this.position = position;
        this.question = question;
        this.versionId = question.id();
        this.points = question.points();
        this.partOrder = Json.createArrayBuilder(partOrder).build().toString();
    }

    /** Keeps {@code answer} if {@code sequenceNumber} is newer than the save that wrote the answer kept; true if so. */
    boolean save(long sequenceNumber, Response answer, Instant now) {
        if (sequenceNumber <= sequence) {
            return false;
        }
        sequence = sequenceNumber;
        response = answer.isEmpty() ? null : Json.createArrayBuilder(answer.values()).build().toString();
        savedAt = now;
        return true;
    }

    /**
     * The answer in the question's keys, from the values the page posted: for questions with options or items, the
     * page shows and posts their place in {@link #partOrder()} (never the author's keys, which could tell the right
     * order or pairs); typed answers and true/false as they are. {@link InputRefused} for a place not shown.
     */
    public Response fromShown(Response shown) {
        QuestionType type = content().type();
        if (type != QuestionType.SINGLE_CHOICE && type != QuestionType.MULTIPLE_CHOICE
                && type != QuestionType.MATCHING && type != QuestionType.ORDERING) {
            return shown;
        }
        List<String> order = partOrder();
        return new Response(shown.values().stream().map(v -> v.isBlank() ? "" : order.get(place(v, order.size()))).toList());
    }

    /** Where the page shows the option or item {@code key}: what its input posts. */
    public String shown(String key) {
        int place = partOrder().indexOf(key);
        return place < 0 ? key : String.valueOf(place);
    }

    private static int place(String value, int size) {
        try {
            int place = Integer.parseInt(value.strip());
            if (place >= 0 && place < size) {
                return place;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InputRefused("question", "attempt.answerRefused");
    }

    /** Grades the saved answer automatically; false for a question a person grades (an essay). */
    boolean grade() {
        Optional<Double> scored = content().scoring().score(response());
        scored.ifPresent(f -> fraction = BigDecimal.valueOf(f).setScale(4, RoundingMode.HALF_UP));
        return scored.isPresent();
    }

    /** A trainer's mark for a question a person grades: {@code marks} of its points, with a comment for the learner. */
    void gradeByHand(BigDecimal marks, String comment, String by) {
        if (content().type().isAutoGraded()) {
            throw new InputRefused("marks", "grading.notByHand");
        }
        if (marks == null || marks.signum() < 0 || marks.compareTo(points) > 0) {
            throw new InputRefused("marks", "grading.marksRange");
        }
        String text = comment == null ? null : comment.strip();
        if (text != null && text.length() > MAX_COMMENT) {
            throw new InputRefused("comment", "grading.commentTooLong");
        }
        fraction = points.signum() == 0 ? BigDecimal.ONE : marks.divide(points, 4, RoundingMode.HALF_UP);
        this.comment = text == null || text.isEmpty() ? null : text;
        gradedBy = by;
    }

    /** Scores the saved answer again with {@code scoring} (a fixed version of the same question): true if it changed. */
    boolean regrade(Scoring scoring) {
        Response answer = response();
        if (!scoring.accepts(answer) && !answer.isEmpty()) {
            return false;
        }
        Optional<Double> scored = scoring.score(answer);
        if (scored.isEmpty()) {
            return false;
        }
        BigDecimal next = BigDecimal.valueOf(scored.get()).setScale(4, RoundingMode.HALF_UP);
        boolean changed = fraction == null || next.compareTo(fraction) != 0;
        fraction = next;
        return changed;
    }

    /** The trainer's comment on a question they graded. */
    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    public int position() {
        return position;
    }

    /**
     * The question as this attempt asks it: the texts and scoring of the version drawn. Loaders may give it from a
     * cache of versions ({@link #use}); otherwise it is read from the version the first time.
     */
    public QuestionContent content() {
        if (content == null) {
            content = question.content();
        }
        return content;
    }

    /** Gives the content of this question's version, read once for all attempts (a version never changes). */
    public void use(QuestionContent versionContent) {
        content = versionContent;
    }

    /** The id of the version drawn, without reading it. */
    public long versionId() {
        return versionId;
    }

    public QuestionVersion question() {
        return question;
    }

    public BigDecimal points() {
        return points;
    }

    /** The keys of the options or items in the order this attempt shows them; empty for typed answers. */
    public List<String> partOrder() {
        return strings(partOrder);
    }

    public Response response() {
        return response == null ? Response.NONE : new Response(strings(response));
    }

    public boolean answered() {
        return !response().isEmpty();
    }

    public long sequence() {
        return sequence;
    }

    public Optional<Instant> savedAt() {
        return Optional.ofNullable(savedAt);
    }

    /** The fraction of its points earned; empty until graded. */
    public Optional<BigDecimal> fraction() {
        return Optional.ofNullable(fraction);
    }

    /** The points earned; empty until graded. */
    public Optional<BigDecimal> marks() {
        return fraction().map(f -> f.multiply(points).setScale(4, RoundingMode.HALF_UP));
    }

    private static List<String> strings(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }
}
