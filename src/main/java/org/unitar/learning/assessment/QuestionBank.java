package org.unitar.learning.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.security.Actor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where questions are kept, in categories: the bank of one course (its trainers and administrators edit it), or a
 * bank shared across courses (any trainer may draw from it; its creator and administrators edit it). A course's
 * bank is made the first time someone opens it.
 */
@Entity
@Table(name = "question_bank")
public class QuestionBank {

    public static final int TITLE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", updatable = false)
    private Long courseId;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    /** The main language of a shared bank's questions; a course's bank follows its course (null here). */
    @Column(length = 8, updatable = false)
    private ContentLanguage language;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "bank", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QuestionCategory> categories = new ArrayList<>();

    @Version
    private long version;

    protected QuestionBank() {
    }

    private QuestionBank(Long courseId, String title, String firstCategory, String createdBy, Instant now) {
        this.courseId = courseId;
        this.title = title;
        this.createdBy = createdBy;
        this.createdAt = now;
        categories.add(new QuestionCategory(this, QuestionCategory.checkName(firstCategory), 0));
    }

    /** The bank of a course, with its first category (named in the language of who opened the bank first). */
    public static QuestionBank ofCourse(long courseId, String courseTitle, String firstCategory, String createdBy, Instant now) {
        String title = courseTitle.length() > TITLE_LENGTH ? courseTitle.substring(0, TITLE_LENGTH) : courseTitle;
        return new QuestionBank(courseId, title, firstCategory, createdBy, now);
    }

    /** A bank shared across courses, its questions written first in {@code language}, with its first category. */
    public static QuestionBank shared(String title, String firstCategory, ContentLanguage language, Actor creator, Instant now) {
        String stripped = title == null ? "" : title.strip();
        if (stripped.isEmpty()) {
            throw new InputRefused("title", "question_bank.titleRequired");
        }
        if (stripped.length() > TITLE_LENGTH) {
            throw new InputRefused("title", "author_course.textTooLong");
        }
        if (language == null) {
            throw new InputRefused("language", "question_bank.languageRequired");
        }
        QuestionBank bank = new QuestionBank(null, stripped, firstCategory, creator.subject(), now);
        bank.language = language;
        return bank;
    }

    /** Adds a category; names are unique in a bank (case and spaces around ignored). */
    public QuestionCategory addCategory(String name) {
        String stripped = QuestionCategory.checkName(name);
        if (category(stripped).isPresent()) {
            throw new InputRefused("name", "question_bank.categoryExists");
        }
        QuestionCategory category = new QuestionCategory(this, stripped, categories.size());
        categories.add(category);
        return category;
    }

    /** Renames one of its categories; names stay unique in the bank (case and spaces around ignored). */
    public void renameCategory(QuestionCategory category, String name) {
        String stripped = QuestionCategory.checkName(name);
        if (category(stripped).filter(other -> other != category).isPresent()) {
            throw new InputRefused("name", "question_bank.categoryExists");
        }
        category.rename(stripped);
    }

    public Optional<QuestionCategory> category(String name) {
        return categories.stream().filter(c -> c.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    public boolean isShared() {
        return courseId == null;
    }

    /** Whether the bank's creator or an administrator (a shared bank); a course's bank asks its course. */
    public boolean isSharedAndEditableBy(Actor actor) {
        return isShared() && (actor.administrator() || createdBy.equals(actor.subject()));
    }

    public Long id() {
        return id;
    }

    public Optional<Long> courseId() {
        return Optional.ofNullable(courseId);
    }

    public String title() {
        return title;
    }

    /** The main language of a shared bank; empty for a course's bank, which follows its course. */
    public Optional<ContentLanguage> language() {
        return Optional.ofNullable(language);
    }

    public String createdBy() {
        return createdBy;
    }

    public List<QuestionCategory> categories() {
        return List.copyOf(categories);
    }
}
