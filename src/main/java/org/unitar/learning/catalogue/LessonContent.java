package org.unitar.learning.catalogue;

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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.unitar.learning.shared.content.RichText;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.i18n.TranslatedText;

import java.util.EnumSet;
import java.util.Set;

/** A lesson as one revision of its course has it. Its {@link Lesson} is the same in every revision. */
@Entity
@Table(name = "lesson_content")
public class LessonContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "module_content_id", updatable = false)
    private ModuleContent module;

    @ManyToOne(optional = false, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "lesson_id", updatable = false)
    private Lesson lesson;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LessonKind kind;

    @OneToOne(cascade = CascadeType.ALL, orphanRemoval = true, optional = false)
    @JoinColumn(name = "title_id")
    private TranslatedText title;

    @OneToOne(cascade = CascadeType.ALL, orphanRemoval = true, optional = false)
    @JoinColumn(name = "body_id")
    private TranslatedText body;

    @Column(name = "estimated_minutes", nullable = false)
    private int estimatedMinutes;

    @Column(nullable = false)
    private boolean required;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CompletionRule completion;

    @Column(length = LessonDetails.URL_LENGTH)
    private String url;

    @Version
    private long version;

    protected LessonContent() {
    }

    static LessonContent create(ModuleContent module, Lesson lesson, LessonDetails details) {
        LessonContent content = new LessonContent();
        content.module = module;
        content.lesson = lesson;
        content.title = new TranslatedText();
        content.body = new TranslatedText();
        content.apply(details);
        return content;
    }

    /** The same lesson, for another revision or another module. */
    LessonContent copyInto(ModuleContent target) {
        LessonContent copy = new LessonContent();
        copy.module = target;
        copy.lesson = lesson;
        copy.kind = kind;
        copy.title = title.copy();
        copy.body = body.copy();
        copy.estimatedMinutes = estimatedMinutes;
        copy.required = required;
        copy.completion = completion;
        copy.url = url;
        return copy;
    }

    void apply(LessonDetails details) {
        String checkedUrl = details.checkedUrl();
        ContentLanguage language = details.getLanguage();
        kind = details.getKind();
        title.set(language, details.getTitle().strip());
        String cleaned = RichText.clean(details.getBody());
        body.set(language, RichText.hasText(cleaned) ? cleaned : null);
        estimatedMinutes = details.getEstimatedMinutes();
        required = details.isRequired();
        completion = details.getCompletion();
        url = checkedUrl;
    }

    public LessonDetails details(ContentLanguage language) {
        LessonDetails details = new LessonDetails();
        details.setLanguage(language);
        details.setKind(kind);
        details.setTitle(title.in(language).orElse(""));
        details.setBody(body.in(language).orElse(""));
        details.setEstimatedMinutes(estimatedMinutes);
        details.setRequired(required);
        details.setCompletion(completion);
        details.setUrl(url);
        return details;
    }

    /** The languages of {@code wanted} this lesson's texts are missing in. */
    public Set<ContentLanguage> untranslated(Set<ContentLanguage> wanted) {
        Set<ContentLanguage> missing = EnumSet.noneOf(ContentLanguage.class);
        missing.addAll(title.missing(wanted));
        if (kind == LessonKind.PAGE) {
            missing.addAll(body.missing(wanted));
        }
        return missing;
    }

    /** Why this lesson cannot be published yet, as bundle keys; empty if it can. */
    Set<String> publishingProblems() {
        return switch (kind) {
            case PAGE -> body.isEmpty() ? Set.of("author_course_outline.problem.pageEmpty") : Set.of();
            case LINK -> url == null ? Set.of("author_course_outline.problem.linkMissing") : Set.of();
            case VIDEO -> url == null ? Set.of("author_course_outline.problem.videoMissing") : Set.of();
            case DOCUMENT -> Set.of("author_course_outline.problem.documentMissing");
            case ASSESSMENT -> Set.of();
        };
    }

    public long lessonId() {
        return lesson.id();
    }

    public ModuleContent module() {
        return module;
    }

    public LessonKind kind() {
        return kind;
    }

    public String title(ContentLanguage language, ContentLanguage fallback) {
        return title.in(language, fallback);
    }

    public String body(ContentLanguage language, ContentLanguage fallback) {
        return body.in(language, fallback);
    }

    public int estimatedMinutes() {
        return estimatedMinutes;
    }

    public boolean required() {
        return required;
    }

    public CompletionRule completion() {
        return completion;
    }

    public String url() {
        return url;
    }

    public long version() {
        return version;
    }
}
