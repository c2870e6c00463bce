package org.unitar.learning.catalogue;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.i18n.TranslatedText;
import org.unitar.learning.shared.persistence.ContentLanguageCode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One version of everything a trainer edits in a course. A course has at most a draft revision (being edited)
 * and a published one (what learners see); editing a published course works on a copy, and publishing makes the
 * draft the published revision at once and whole.
 */
@Entity
@Table(name = "course_revision")
public class CourseRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id", updatable = false)
    private Course course;

    @Column(nullable = false, updatable = false)
    private int number;

    @OneToOne(cascade = CascadeType.ALL, orphanRemoval = true, optional = false)
    @JoinColumn(name = "title_id")
    private TranslatedText title;

    @OneToOne(cascade = CascadeType.ALL, orphanRemoval = true, optional = false)
    @JoinColumn(name = "summary_id")
    private TranslatedText summary;

    @OneToOne(cascade = CascadeType.ALL, orphanRemoval = true, optional = false)
    @JoinColumn(name = "description_id")
    private TranslatedText description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_revision_language", joinColumns = @JoinColumn(name = "revision_id"))
    @Column(name = "language", length = 8)
    @Convert(converter = ContentLanguageCode.class) // autoApply does not reach element collections in EclipseLink
    private Set<ContentLanguage> languages = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_revision_topic", joinColumns = @JoinColumn(name = "revision_id"))
    @Column(name = "topic", length = 40)
    @Enumerated(EnumType.STRING)
    private Set<Topic> topics = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_revision_sdg", joinColumns = @JoinColumn(name = "revision_id"))
    @Column(name = "goal")
    private Set<Integer> sdgs = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_revision_gcm_objective", joinColumns = @JoinColumn(name = "revision_id"))
    @Column(name = "objective")
    private Set<Integer> gcmObjectives = new TreeSet<>();

    @Column(name = "estimated_minutes", nullable = false)
    private int estimatedMinutes;

    @Column(name = "cifal_centre", nullable = false, length = 32)
    private String cifalCentre;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private CourseFormat format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private EnrolmentPolicy enrolment;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 255)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 255)
    private String updatedBy;

    @OneToMany(mappedBy = "revision", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderColumn(name = "position")
    private List<ModuleContent> modules = new ArrayList<>();

    /** The cover image (a stored file), or none. */
    @Column(name = "cover_file_id")
    private Long coverFileId;

    @Column(name = "cover_name", length = 255)
    private String coverName;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 255)
    private String publishedBy;

    @Version
    private long version;

    protected CourseRevision() {
    }

    static CourseRevision first(Course course, CourseDetails details, String author, Instant now) {
        CourseRevision revision = new CourseRevision();
        revision.course = course;
        revision.number = 1;
        revision.title = new TranslatedText();
        revision.summary = new TranslatedText();
        revision.description = new TranslatedText();
        revision.createdAt = now;
        revision.createdBy = author;
        revision.apply(details, details.getLanguage(), author, now);
        return revision;
    }

    /** A new draft with the same content, numbered {@code number}. */
    CourseRevision copy(int number, String author, Instant now) {
        CourseRevision copy = new CourseRevision();
        copy.course = course;
        copy.number = number;
        copy.title = title.copy();
        copy.summary = summary.copy();
        copy.description = description.copy();
        copy.languages = new LinkedHashSet<>(languages);
        copy.topics = new LinkedHashSet<>(topics);
        copy.sdgs = new TreeSet<>(sdgs);
        copy.gcmObjectives = new TreeSet<>(gcmObjectives);
        copy.estimatedMinutes = estimatedMinutes;
        copy.cifalCentre = cifalCentre;
        copy.format = format;
        copy.enrolment = enrolment;
        modules.forEach(module -> copy.modules.add(module.copyInto(copy)));
        copy.coverFileId = coverFileId;
        copy.coverName = coverName;
        copy.createdAt = now;
        copy.createdBy = author;
        copy.updatedAt = now;
        copy.updatedBy = author;
        return copy;
    }

    /**
     * Takes what the trainer entered: texts go to the language they were written in, rich text is cleaned, and the
     * course's default language is always among the languages offered.
     */
    void apply(CourseDetails details, ContentLanguage defaultLanguage, String author, Instant now) {
        ContentLanguage language = details.getLanguage();
        title.set(language, details.getTitle().strip());
        summary.set(language, details.getSummary().strip());
        description.set(language, Texts.richText(details.getDescription()));
        languages = new LinkedHashSet<>(details.getLanguages());
        languages.add(defaultLanguage);
        topics = new LinkedHashSet<>(details.getTopics());
        sdgs = new TreeSet<>(details.getSdgs());
        gcmObjectives = new TreeSet<>(details.getGcmObjectives());
        estimatedMinutes = details.getEstimatedMinutes();
        cifalCentre = details.getCifalCentre();
        format = details.getFormat();
        enrolment = details.getEnrolment();
        updatedAt = now;
        updatedBy = author;
    }

    ModuleContent addModule(CourseModule identity, ModuleDetails details, String author, Instant now) {
        ModuleContent module = ModuleContent.create(this, identity);
        module.apply(details, prerequisiteBefore(details.getPrerequisite(), modules.size()), now);
        modules.add(module);
        touched(author, now);
        return module;
    }

    void editModule(ModuleContent module, ModuleDetails details, String author, Instant now) {
        module.apply(details, prerequisiteBefore(details.getPrerequisite(), modules.indexOf(module)), now);
        touched(author, now);
    }

    /** Removes a module and its lessons from this revision; refused while a later module requires it. */
    void removeModule(ModuleContent module, String author, Instant now) {
        if (modules.stream().anyMatch(m -> m.requires(module.moduleId()))) {
            throw new StructureRefused("author_course_outline.requiredByAnother");
        }
        modules.remove(module);
        touched(author, now);
    }

    /** Moves a module to {@code index}; refused if a module would come before the one it requires. */
    void moveModule(ModuleContent module, int index, String author, Instant now) {
        List<ModuleContent> reordered = new ArrayList<>(modules);
        reordered.remove(module);
        reordered.add(clamp(index, reordered.size()), module);
        for (int i = 0; i < reordered.size(); i++) {
            ModuleContent m = reordered.get(i);
            Optional<Long> required = m.prerequisite();
            if (required.isPresent() && reordered.subList(0, i).stream().noneMatch(e -> e.moduleId() == required.get())) {
                throw new StructureRefused("author_course_outline.prerequisiteOrder");
            }
        }
        modules.clear();
        modules.addAll(reordered);
        touched(author, now);
    }

    LessonContent addLesson(ModuleContent module, Lesson identity, LessonDetails details, String author, Instant now) {
        LessonContent lesson = module.addLesson(identity, details, module.lessons().size(), now);
        touched(author, now);
        return lesson;
    }

    void editLesson(LessonContent lesson, LessonDetails details, String author, Instant now) {
        lesson.apply(details, now);
        touched(author, now);
    }

    void cover(Long fileId, String name, String author, Instant now) {
        coverFileId = fileId;
        coverName = fileId == null ? null : name;
        touched(author, now);
    }

    /** The cover image's file id, if the course has one. */
    public Optional<Long> coverFileId() {
        return Optional.ofNullable(coverFileId);
    }

    public String coverName() {
        return coverName;
    }

    void attachFile(LessonContent lesson, LessonFile file, String author, Instant now) {
        lesson.attach(file);
        touched(author, now);
    }

    void detachFile(LessonContent lesson, ContentLanguage language, FileRole role, String author, Instant now) {
        lesson.detach(language, role);
        touched(author, now);
    }

    void removeLesson(LessonContent lesson, String author, Instant now) {
        lesson.module().remove(lesson);
        touched(author, now);
    }

    /** Moves a lesson to position {@code index} of {@code target} (the same module or another one). */
    void moveLesson(LessonContent lesson, ModuleContent target, int index, String author, Instant now) {
        ModuleContent source = lesson.module();
        if (source == target) {
            source.remove(lesson);
            source.insert(lesson, clamp(index, source.lessons().size()));
        } else {
            source.remove(lesson);
            target.insert(lesson.copyInto(target), clamp(index, target.lessons().size()));
        }
        touched(author, now);
    }

    public Optional<ModuleContent> module(long moduleId) {
        return modules.stream().filter(m -> m.moduleId() == moduleId).findFirst();
    }

    public Optional<LessonContent> lesson(long lessonId) {
        return modules.stream().flatMap(m -> m.lesson(lessonId).stream()).findFirst();
    }

    /** Why this revision cannot be published yet, as bundle keys; empty if it can. */
    Set<String> publishingProblems() {
        Set<String> problems = new LinkedHashSet<>();
        if (modules.isEmpty()) {
            problems.add("author_course_outline.problem.noModule");
        }
        modules.stream().filter(m -> m.lessons().isEmpty()).findAny()
                .ifPresent(m -> problems.add("author_course_outline.problem.emptyModule"));
        modules.forEach(m -> m.lessons().forEach(l -> problems.addAll(l.publishingProblems())));
        return problems;
    }

    void markPublished(String publisher, Instant now) {
        publishedAt = now;
        publishedBy = publisher;
    }

    private CourseModule prerequisiteBefore(Long moduleId, int position) {
        if (moduleId == null) {
            return null;
        }
        return modules.subList(0, Math.min(position, modules.size())).stream()
                .filter(m -> m.moduleId() == moduleId)
                .findFirst()
                .map(ModuleContent::identity)
                .orElseThrow(() -> new InputRefused("prerequisite", "author_course_module.prerequisiteNotEarlier"));
    }

    private void touched(String author, Instant now) {
        updatedAt = now;
        updatedBy = author;
    }

    private static int clamp(int index, int size) {
        return Math.max(0, Math.min(index, size));
    }

    /** Sets the course's own texts in {@code language} (a blank one removes that translation). */
    void translate(ContentLanguage language, String newTitle, String newSummary, String newDescription, String author, Instant now) {
        Texts.check(newTitle, CourseDetails.TITLE_LENGTH, "title");
        Texts.check(newSummary, CourseDetails.SUMMARY_LENGTH, "summary");
        title.set(language, Texts.strip(newTitle));
        summary.set(language, Texts.strip(newSummary));
        description.set(language, Texts.richText(newDescription));
        languages.add(language);
        touched(author, now);
    }

    public Map<ContentLanguage, String> titles() {
        return title.all();
    }

    public Map<ContentLanguage, String> summaries() {
        return summary.all();
    }

    public Map<ContentLanguage, String> descriptions() {
        return description.all();
    }

    /** What the form shows for {@code language}: the texts in that language (empty where not yet translated). */
    public CourseDetails details(ContentLanguage language) {
        CourseDetails details = new CourseDetails();
        details.setLanguage(language);
        details.setLanguages(EnumSet.copyOf(languages));
        details.setTitle(title.in(language).orElse(""));
        details.setSummary(summary.in(language).orElse(""));
        details.setDescription(description.in(language).orElse(""));
        details.setTopics(topics.isEmpty() ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(topics));
        details.setSdgs(sdgs);
        details.setGcmObjectives(gcmObjectives);
        details.setEstimatedMinutes(estimatedMinutes);
        details.setCifalCentre(cifalCentre);
        details.setFormat(format);
        details.setEnrolment(enrolment);
        return details;
    }

    /** The languages the course is offered in for which a text of this revision is missing. */
    public Set<ContentLanguage> untranslated() {
        Set<ContentLanguage> missing = EnumSet.noneOf(ContentLanguage.class);
        missing.addAll(title.missing(languages));
        missing.addAll(summary.missing(languages));
        modules.forEach(module -> missing.addAll(module.untranslated(languages)));
        return missing;
    }

    public Long id() {
        return id;
    }

    public int number() {
        return number;
    }

    public String title(ContentLanguage language, ContentLanguage fallback) {
        return title.in(language, fallback);
    }

    public String summary(ContentLanguage language, ContentLanguage fallback) {
        return summary.in(language, fallback);
    }

    public String description(ContentLanguage language, ContentLanguage fallback) {
        return description.in(language, fallback);
    }

    public Set<ContentLanguage> languages() {
        return Set.copyOf(languages);
    }

    public List<ModuleContent> modules() {
        return Collections.unmodifiableList(modules);
    }

    public Set<Topic> topics() {
        return Collections.unmodifiableSet(topics);
    }

    public Set<Integer> sdgs() {
        return Collections.unmodifiableSet(sdgs);
    }

    public Set<Integer> gcmObjectives() {
        return Collections.unmodifiableSet(gcmObjectives);
    }

    public int estimatedMinutes() {
        return estimatedMinutes;
    }

    public String cifalCentre() {
        return cifalCentre;
    }

    public CourseFormat format() {
        return format;
    }

    public EnrolmentPolicy enrolment() {
        return enrolment;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
