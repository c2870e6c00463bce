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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.i18n.TranslatedText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A module as one revision of its course has it: its texts, when it opens, and its lessons in order. */
@Entity
@Table(name = "module_content")
public class ModuleContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "revision_id", updatable = false)
    private CourseRevision revision;

    @ManyToOne(optional = false, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "module_id", updatable = false)
    private CourseModule module;

    @OneToOne(cascade = CascadeType.ALL, orphanRemoval = true, optional = false)
    @JoinColumn(name = "title_id")
    private TranslatedText title;

    @OneToOne(cascade = CascadeType.ALL, orphanRemoval = true, optional = false)
    @JoinColumn(name = "summary_id")
    private TranslatedText summary;

    @ManyToOne
    @JoinColumn(name = "prerequisite_module_id")
    private CourseModule prerequisite;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ModuleOpening opening;

    @Column(name = "opens_on")
    private LocalDate opensOn;

    @Column(name = "opens_after_days")
    private Integer opensAfterDays;

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderColumn(name = "position")
    private List<LessonContent> lessons = new ArrayList<>();

    /** When a trainer last saved the module's form (also what makes every save a new version of the row). */
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ModuleContent() {
    }

    static ModuleContent create(CourseRevision revision, CourseModule module) {
        ModuleContent content = new ModuleContent();
        content.revision = revision;
        content.module = module;
        content.title = new TranslatedText();
        content.summary = new TranslatedText();
        content.opening = ModuleOpening.AT_ONCE;
        return content;
    }

    ModuleContent copyInto(CourseRevision target) {
        ModuleContent copy = new ModuleContent();
        copy.revision = target;
        copy.module = module;
        copy.title = title.copy();
        copy.summary = summary.copy();
        copy.prerequisite = prerequisite;
        copy.opening = opening;
        copy.opensOn = opensOn;
        copy.opensAfterDays = opensAfterDays;
        copy.updatedAt = updatedAt;
        lessons.forEach(lesson -> copy.lessons.add(lesson.copyInto(copy)));
        return copy;
    }

    /** Takes the form's values; the prerequisite has been checked by the revision (an earlier module). */
    void apply(ModuleDetails details, CourseModule checkedPrerequisite, Instant now) {
        details.check();
        updatedAt = now;
        ContentLanguage language = details.getLanguage();
        title.set(language, details.getTitle().strip());
        summary.set(language, details.getSummary() == null ? null : details.getSummary().strip());
        prerequisite = checkedPrerequisite;
        opening = details.getOpening();
        opensOn = opening == ModuleOpening.ON_DATE ? details.getOpensOn() : null;
        opensAfterDays = opening == ModuleOpening.DAYS_AFTER_ENROLMENT ? details.getOpensAfterDays() : null;
    }

    void translate(ContentLanguage language, String newTitle, String newSummary, Instant now) {
        updatedAt = now;
        Texts.check(newTitle, ModuleDetails.TITLE_LENGTH, "title");
        Texts.check(newSummary, ModuleDetails.SUMMARY_LENGTH, "summary");
        title.set(language, Texts.strip(newTitle));
        summary.set(language, Texts.strip(newSummary));
    }

    public Map<ContentLanguage, String> titles() {
        return title.all();
    }

    public Map<ContentLanguage, String> summaries() {
        return summary.all();
    }

    public ModuleDetails details(ContentLanguage language) {
        ModuleDetails details = new ModuleDetails();
        details.setLanguage(language);
        details.setTitle(title.in(language).orElse(""));
        details.setSummary(summary.in(language).orElse(""));
        details.setPrerequisite(prerequisite == null ? null : prerequisite.id());
        details.setOpening(opening);
        details.setOpensOn(opensOn);
        details.setOpensAfterDays(opensAfterDays);
        return details;
    }

    LessonContent addLesson(Lesson lesson, LessonDetails details, int index, Instant now) {
        LessonContent content = LessonContent.create(this, lesson, details, now);
        lessons.add(index, content);
        return content;
    }

    void insert(LessonContent lesson, int index) {
        lessons.add(index, lesson);
    }

    void remove(LessonContent lesson) {
        lessons.remove(lesson);
    }

    Optional<LessonContent> lesson(long lessonId) {
        return lessons.stream().filter(l -> l.lessonId() == lessonId).findFirst();
    }

    boolean requires(long moduleId) {
        return prerequisite != null && prerequisite.id() == moduleId;
    }

    /** The languages of {@code wanted} this module's own title is missing in. */
    public Set<ContentLanguage> untranslatedTitle(Set<ContentLanguage> wanted) {
        return title.missing(wanted);
    }

    Set<ContentLanguage> untranslated(Set<ContentLanguage> wanted) {
        Set<ContentLanguage> missing = EnumSet.noneOf(ContentLanguage.class);
        missing.addAll(title.missing(wanted));
        lessons.forEach(lesson -> missing.addAll(lesson.untranslated(wanted)));
        return missing;
    }

    public long moduleId() {
        return module.id();
    }

    CourseModule identity() {
        return module;
    }

    public String title(ContentLanguage language, ContentLanguage fallback) {
        return title.in(language, fallback);
    }

    public String summary(ContentLanguage language, ContentLanguage fallback) {
        return summary.in(language, fallback);
    }

    public Optional<Long> prerequisite() {
        return Optional.ofNullable(prerequisite).map(CourseModule::id);
    }

    public ModuleOpening opening() {
        return opening;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public Integer opensAfterDays() {
        return opensAfterDays;
    }

    public List<LessonContent> lessons() {
        return Collections.unmodifiableList(lessons);
    }

    public long version() {
        return version;
    }
}
