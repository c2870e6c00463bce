package org.unitar.learning.catalogue.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.unitar.learning.catalogue.CompletionRule;
import org.unitar.learning.catalogue.Course;
import org.unitar.learning.catalogue.CourseRevision;
import org.unitar.learning.catalogue.EditConflict;
import org.unitar.learning.catalogue.FileRole;
import org.unitar.learning.catalogue.LessonContent;
import org.unitar.learning.catalogue.LessonFile;
import org.unitar.learning.catalogue.LessonDetails;
import org.unitar.learning.catalogue.LessonKind;
import org.unitar.learning.catalogue.ModuleContent;
import org.unitar.learning.catalogue.service.CourseAuthoring;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.files.FileRefused;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Backs author/course/lesson.xhtml: adds a lesson to a module ({@code ?id=…&module=…}) or edits one
 * ({@code ?id=…&lesson=…&in=fr}) in a content language. Two people saving the same lesson: the second save is
 * refused and their text stays on the screen.
 */
@Named
@ViewScoped
public class EditLesson implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseAuthoring authoring;

    @Inject
    Actor actor;

    private Long id;
    private Long module;
    private Long lesson;
    private String in;
    private int revisionNumber;
    private long version;
    private String courseTitle;
    private String moduleTitle;
    private List<ContentLanguage> courseLanguages = List.of();
    private Set<ContentLanguage> untranslated = EnumSet.noneOf(ContentLanguage.class);
    private LessonDetails details;
    private List<FileRow> files = List.of();
    private boolean takesMedia;
    private boolean takesCaptions;
    private transient Part media;
    private transient Part captions;

    /** A file the lesson uses, as the page lists it. */
    public record FileRow(ContentLanguage language, FileRole role, String name, String url) implements Serializable {
    }

    public void load() {
        Course course = authoring.editable(actor, id);
        CourseRevision revision = course.current();
        ContentLanguage reader = Faces.reader();
        ContentLanguage fallback = course.defaultLanguage();
        courseTitle = revision.title(reader, fallback);
        revisionNumber = revision.number();
        courseLanguages = revision.languages().stream().sorted().toList();
        if (lesson == null) {
            ModuleContent parent = revision.modules().stream().filter(m -> module != null && m.moduleId() == module).findFirst()
                    .orElseThrow(() -> new Forbidden("No module " + module + " in course " + id));
            moduleTitle = parent.title(reader, fallback);
            details = new LessonDetails();
            details.setLanguage(fallback);
            return;
        }
        LessonContent content = revision.modules().stream().flatMap(m -> m.lessons().stream())
                .filter(l -> l.lessonId() == lesson).findFirst()
                .orElseThrow(() -> new Forbidden("No lesson " + lesson + " in course " + id));
        moduleTitle = content.module().title(reader, fallback);
        ContentLanguage editing = ContentLanguage.forCode(in).filter(courseLanguages::contains).orElse(fallback);
        details = content.details(editing);
        version = content.version();
        untranslated = content.untranslated(revision.languages());
        takesMedia = !content.accepts(FileRole.MEDIA).isEmpty();
        takesCaptions = !content.accepts(FileRole.CAPTIONS).isEmpty();
        String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        files = content.files().stream()
                .sorted(Comparator.comparing(LessonFile::role).thenComparing(LessonFile::language))
                .map(f -> new FileRow(f.language(), f.role(), f.name(), CourseFiles.url(contextPath, f.fileId(), f.name())))
                .toList();
    }

    public String save() {
        try {
            if (lesson == null) {
                long added = authoring.addLesson(actor, id, module, details);
                Faces.flash("author_course_lesson.added");
                return "/author/course/lesson?faces-redirect=true&id=" + id + "&lesson=" + added;
            }
            authoring.editLesson(actor, id, lesson, revisionNumber, version, details);
            Faces.flash("author_course_lesson.saved");
            return "/author/course/lesson?faces-redirect=true&id=" + id + "&lesson=" + lesson + "&in=" + details.getLanguage().code();
        } catch (EditConflict e) {
            Faces.error(null, "author_course_lesson.conflict");
        } catch (InputRefused e) {
            Faces.error("lessonForm:" + e.field(), e.messageKey());
        }
        return null;
    }

    /** Uploads the video or document, and the captions, chosen for the language being edited. */
    public String upload() {
        if (media == null && captions == null) {
            Faces.error("files:media", "author_course_lesson.chooseFile");
            return null;
        }
        try {
            if (media != null) {
                store(media, FileRole.MEDIA);
            }
            if (captions != null) {
                store(captions, FileRole.CAPTIONS);
            }
            Faces.flash("author_course_lesson.uploaded");
            return "/author/course/lesson?faces-redirect=true&id=" + id + "&lesson=" + lesson + "&in=" + details.getLanguage().code();
        } catch (FileRefused e) {
            Faces.error("files:" + (media != null ? "media" : "captions"), e.reason().messageKey());
        } catch (InputRefused e) {
            Faces.error("files:media", e.messageKey());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    private void store(Part part, FileRole role) throws IOException {
        try (InputStream content = part.getInputStream()) {
            authoring.uploadLessonFile(actor, id, lesson, details.getLanguage(), role, content, part.getSubmittedFileName());
        }
    }

    public String removeFile(ContentLanguage language, FileRole role) {
        authoring.removeLessonFile(actor, id, lesson, language, role);
        Faces.flash("author_course_lesson.fileRemoved");
        return "/author/course/lesson?faces-redirect=true&id=" + id + "&lesson=" + lesson + "&in=" + details.getLanguage().code();
    }

    public boolean isCreating() {
        return lesson == null;
    }

    public LessonKind[] getKinds() {
        return LessonKind.values();
    }

    public CompletionRule[] getCompletionRules() {
        return CompletionRule.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getModule() {
        return module;
    }

    public void setModule(Long module) {
        this.module = module;
    }

    public Long getLesson() {
        return lesson;
    }

    public void setLesson(Long lesson) {
        this.lesson = lesson;
    }

    public String getIn() {
        return in;
    }

    public void setIn(String in) {
        this.in = in;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public String getModuleTitle() {
        return moduleTitle;
    }

    public List<ContentLanguage> getCourseLanguages() {
        return courseLanguages;
    }

    public Set<ContentLanguage> getUntranslated() {
        return untranslated;
    }

    public List<FileRow> getFiles() {
        return files;
    }

    public boolean isTakesMedia() {
        return takesMedia;
    }

    public boolean isTakesCaptions() {
        return takesCaptions;
    }

    public long getMaxMegabytes() {
        return authoring.maxUploadBytes() / (1024 * 1024);
    }

    public Part getMedia() {
        return media;
    }

    public void setMedia(Part media) {
        this.media = media;
    }

    public Part getCaptions() {
        return captions;
    }

    public void setCaptions(Part captions) {
        this.captions = captions;
    }

    public LessonDetails getDetails() {
        return details;
    }
}
