package org.unitar.learning.catalogue;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.files.FileType;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.i18n.TranslatedText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lesson_content_file", joinColumns = @JoinColumn(name = "lesson_content_id"))
    private List<LessonFile> files = new ArrayList<>();

    /** When a trainer last saved the lesson's form (also what makes every save a new version of the row). */
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected LessonContent() {
    }

    static LessonContent create(ModuleContent module, Lesson lesson, LessonDetails details, Instant now) {
        LessonContent content = new LessonContent();
        content.module = module;
        content.lesson = lesson;
        content.title = new TranslatedText();
        content.body = new TranslatedText();
        content.apply(details, now);
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
        copy.updatedAt = updatedAt;
        copy.files = new ArrayList<>(files);
        return copy;
    }

    void apply(LessonDetails details, Instant now) {
        String checkedUrl = details.checkedUrl();
        updatedAt = now;
        ContentLanguage language = details.getLanguage();
        kind = details.getKind();
        title.set(language, details.getTitle().strip());
        body.set(language, Texts.richText(details.getBody()));
        estimatedMinutes = details.getEstimatedMinutes();
        required = details.isRequired();
        completion = details.getCompletion();
        url = checkedUrl;
    }

    /**
     * Uses a stored file in {@code language} in place of the one there was: a video or captions for a video lesson,
     * a document for a document lesson.
     */
    void attach(LessonFile file) {
        if (!accepts(file.role()).contains(file.type())) {
            throw new InputRefused("upload", "author_course_lesson.fileDoesNotFit");
        }
        detach(file.language(), file.role());
        files.add(file);
    }

    /** The types of file this lesson takes in {@code role}: none if the lesson's kind has no such file. */
    public Set<FileType> accepts(FileRole role) {
        return switch (role) {
            case MEDIA -> kind == LessonKind.VIDEO ? EnumSet.of(FileType.MP4, FileType.WEBM)
                    : kind == LessonKind.DOCUMENT ? EnumSet.of(FileType.PDF, FileType.DOCX, FileType.PPTX, FileType.XLSX)
                    : EnumSet.noneOf(FileType.class);
            case CAPTIONS -> kind == LessonKind.VIDEO ? EnumSet.of(FileType.WEBVTT) : EnumSet.noneOf(FileType.class);
        };
    }

    void detach(ContentLanguage language, FileRole role) {
        files.removeIf(f -> f.language() == language && f.role() == role);
    }

    /** The file with {@code role} in {@code language}, else in {@code fallback}. */
    public Optional<LessonFile> file(FileRole role, ContentLanguage language, ContentLanguage fallback) {
        return file(role, language).or(() -> file(role, fallback));
    }

    private Optional<LessonFile> file(FileRole role, ContentLanguage language) {
        return files.stream().filter(f -> f.role() == role && f.language() == language).findFirst();
    }

    public List<LessonFile> files() {
        return Collections.unmodifiableList(files);
    }

    void translate(ContentLanguage language, String newTitle, String newBody, Instant now) {
        updatedAt = now;
        Texts.check(newTitle, LessonDetails.TITLE_LENGTH, "title");
        title.set(language, Texts.strip(newTitle));
        body.set(language, Texts.richText(newBody));
    }

    public Map<ContentLanguage, String> titles() {
        return title.all();
    }

    public Map<ContentLanguage, String> bodies() {
        return body.all();
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
            case VIDEO -> url == null && !hasMedia() ? Set.of("author_course_outline.problem.videoMissing")
                    : completion == CompletionRule.VIDEO_END && !hasMedia() ? Set.of("author_course_outline.problem.videoEndWithoutUpload")
                    : Set.of();
            case DOCUMENT -> hasMedia() ? Set.of() : Set.of("author_course_outline.problem.documentMissing");
            case ASSESSMENT -> Set.of();
        };
    }

    private boolean hasMedia() {
        return files.stream().anyMatch(f -> f.role() == FileRole.MEDIA);
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
