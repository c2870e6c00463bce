package org.unitar.learning.catalogue.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.unitar.learning.catalogue.Course;
import org.unitar.learning.catalogue.CourseRevision;
import org.unitar.learning.catalogue.FileRole;
import org.unitar.learning.catalogue.LessonContent;
import org.unitar.learning.catalogue.ModuleContent;
import org.unitar.learning.catalogue.service.CourseAuthoring;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.security.Actor;

import java.util.List;
import java.util.Optional;

/**
 * Backs author/course/preview.xhtml: the course being edited (its draft, else what is published) as a learner
 * reading {@code ?in=…} would see it, texts missing in that language shown in the course's default language, one
 * lesson ({@code &lesson=…}) opened.
 */
@Named
@RequestScoped
public class PreviewCourse {

    /** A lesson in the outline of the preview. */
    public record LessonLink(long id, String title, boolean current) {
    }

    /** A module in the outline of the preview. */
    public record ModuleView(String title, String summary, List<LessonLink> lessons) {
    }

    /** The opened lesson; {@code media} is its video or document in the reader's language (else the default one). */
    public record LessonView(String title, String kind, String body, String url, int minutes, FileLink media,
                             List<Track> captions) {
    }

    /** A file to play, show or download. */
    public record FileLink(String url, String mediaType, String name) {
    }

    /** Captions of a video in one language. */
    public record Track(String url, String language, String label, boolean isDefault) {
    }

    @Inject
    CourseAuthoring authoring;

    @Inject
    Actor actor;

    private Long id;
    private String in;
    private Long lesson;
    private ContentLanguage language;
    private List<ContentLanguage> languages;
    private String title;
    private String summary;
    private String description;
    private String coverUrl;
    private List<ModuleView> modules;
    private LessonView opened;

    public void load() {
        Course course = authoring.editable(actor, id);
        CourseRevision revision = course.current();
        ContentLanguage fallback = course.defaultLanguage();
        languages = revision.languages().stream().sorted().toList();
        language = ContentLanguage.forCode(in).filter(languages::contains).orElse(fallback);
        title = revision.title(language, fallback);
        summary = revision.summary(language, fallback);
        description = revision.description(language, fallback);
        String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        coverUrl = revision.coverFileId().map(f -> CourseFiles.url(contextPath, f, revision.coverName())).orElse(null);
        Optional<LessonContent> chosen = revision.modules().stream().flatMap(m -> m.lessons().stream())
                .filter(l -> lesson != null && l.lessonId() == lesson).findFirst();
        modules = revision.modules().stream().map(m -> module(m, fallback, chosen)).toList();
        opened = chosen.map(l -> lesson(l, fallback)).orElse(null);
    }

    private LessonView lesson(LessonContent lesson, ContentLanguage fallback) {
        String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        FileLink media = lesson.file(FileRole.MEDIA, language, fallback)
                .map(f -> new FileLink(CourseFiles.url(contextPath, f.fileId(), f.name()), f.type().mediaType(), f.name()))
                .orElse(null);
        List<Track> captions = lesson.files().stream().filter(f -> f.role() == FileRole.CAPTIONS)
                .map(f -> new Track(CourseFiles.url(contextPath, f.fileId(), f.name()), f.language().code(),
                        f.language().nativeName(), f.language() == language))
                .toList();
        return new LessonView(lesson.title(language, fallback), lesson.kind().name(), lesson.body(language, fallback),
                lesson.url(), lesson.estimatedMinutes(), media, captions);
    }

    private ModuleView module(ModuleContent module, ContentLanguage fallback, Optional<LessonContent> chosen) {
        return new ModuleView(module.title(language, fallback), module.summary(language, fallback),
                module.lessons().stream().map(l -> new LessonLink(l.lessonId(), l.title(language, fallback),
                        chosen.map(c -> c.lessonId() == l.lessonId()).orElse(false))).toList());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getIn() {
        return in;
    }

    public void setIn(String in) {
        this.in = in;
    }

    public Long getLesson() {
        return lesson;
    }

    public void setLesson(Long lesson) {
        this.lesson = lesson;
    }

    public ContentLanguage getLanguage() {
        return language;
    }

    public List<ContentLanguage> getLanguages() {
        return languages;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getDescription() {
        return description;
    }

    public String getCoverUrl() {
        return coverUrl;
    }

    public List<ModuleView> getModules() {
        return modules;
    }

    public LessonView getOpened() {
        return opened;
    }
}
