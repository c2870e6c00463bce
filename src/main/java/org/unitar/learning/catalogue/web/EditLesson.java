package org.unitar.learning.catalogue.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.unitar.learning.catalogue.CompletionRule;
import org.unitar.learning.catalogue.Course;
import org.unitar.learning.catalogue.CourseRevision;
import org.unitar.learning.catalogue.EditConflict;
import org.unitar.learning.catalogue.LessonContent;
import org.unitar.learning.catalogue.LessonDetails;
import org.unitar.learning.catalogue.LessonKind;
import org.unitar.learning.catalogue.ModuleContent;
import org.unitar.learning.catalogue.service.CourseAuthoring;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;

import java.io.Serializable;
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

    public LessonDetails getDetails() {
        return details;
    }
}
