package org.unitar.learning.catalogue.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.unitar.learning.catalogue.Course;
import org.unitar.learning.catalogue.CourseRevision;
import org.unitar.learning.catalogue.CourseStatus;
import org.unitar.learning.catalogue.LessonContent;
import org.unitar.learning.catalogue.ModuleContent;
import org.unitar.learning.catalogue.PublishRefused;
import org.unitar.learning.catalogue.StructureRefused;
import org.unitar.learning.catalogue.service.CourseAuthoring;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Backs author/course/outline.xhtml: the course's modules and lessons in order, moved with buttons (also what the
 * page's drag and drop calls), its state, publishing, archiving and what is left to translate. Every action
 * redirects to the page again, so a reload never repeats it.
 */
@Named
@ViewScoped
public class CourseOutline implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A module as the outline shows it. */
    public record ModuleRow(long id, String title, Long prerequisite, String prerequisiteTitle, String opening,
                            LocalDate opensOn, Integer opensAfterDays, List<ContentLanguage> missing,
                            List<LessonRow> lessons) implements Serializable {
    }

    /** A lesson as the outline shows it. */
    public record LessonRow(long id, String title, String kind, int minutes, boolean required,
                            List<ContentLanguage> missing) implements Serializable {
    }

    /** How much of one language is missing. */
    public record LanguageRow(ContentLanguage language, boolean complete) implements Serializable {
    }

    @Inject
    CourseAuthoring authoring;

    @Inject
    Actor actor;

    private Long id;
    private String title;
    private CourseStatus status;
    private boolean draft;
    private boolean everPublished;
    private ContentLanguage defaultLanguage;
    private List<ModuleRow> modules = List.of();
    private List<LanguageRow> languages = List.of();
    private List<String> problems = List.of();

    /** Filled by the page's drag and drop before it submits the move. */
    private long dragLesson;
    private long dragModule;
    private long dropModule;
    private int dropIndex;

    public void load() {
        Course course = authoring.editable(actor, id);
        CourseRevision revision = course.current();
        ContentLanguage reader = Faces.reader();
        defaultLanguage = course.defaultLanguage();
        title = revision.title(reader, defaultLanguage);
        status = course.status();
        draft = course.hasDraft();
        everPublished = course.published().isPresent();
        Map<Long, String> titles = revision.modules().stream()
                .collect(Collectors.toMap(ModuleContent::moduleId, m -> m.title(reader, defaultLanguage)));
        modules = revision.modules().stream().map(m -> new ModuleRow(m.moduleId(), titles.get(m.moduleId()),
                m.prerequisite().orElse(null), m.prerequisite().map(titles::get).orElse(null), m.opening().name(),
                m.opensOn(), m.opensAfterDays(), m.untranslatedTitle(revision.languages()).stream().sorted().toList(),
                m.lessons().stream().map(l -> lessonRow(l, reader, revision.languages())).toList())).toList();
        languages = revision.languages().stream().sorted()
                .map(l -> new LanguageRow(l, !revision.untranslated().contains(l))).toList();
    }

    private LessonRow lessonRow(LessonContent lesson, ContentLanguage reader, Set<ContentLanguage> languages) {
        return new LessonRow(lesson.lessonId(), lesson.title(reader, defaultLanguage), lesson.kind().name(),
                lesson.estimatedMinutes(), lesson.required(), lesson.untranslated(languages).stream().sorted().toList());
    }

    public String moveModule(long moduleId, int by) {
        int index = indexOf(modules, ModuleRow::id, moduleId);
        return act(() -> authoring.moveModule(actor, id, moduleId, index + by), "author_course_outline.moved");
    }

    /** One step up or down; past the first or last lesson of a module it goes to the previous or next module. */
    public String moveLesson(long moduleId, long lessonId, int by) {
        int m = indexOf(modules, ModuleRow::id, moduleId);
        List<LessonRow> lessons = modules.get(m).lessons();
        int index = indexOf(lessons, LessonRow::id, lessonId) + by;
        if (index < 0 && m > 0) {
            ModuleRow previous = modules.get(m - 1);
            return act(() -> authoring.moveLesson(actor, id, lessonId, previous.id(), previous.lessons().size()), "author_course_outline.moved");
        }
        if (index >= lessons.size() && m < modules.size() - 1) {
            return act(() -> authoring.moveLesson(actor, id, lessonId, modules.get(m + 1).id(), 0), "author_course_outline.moved");
        }
        return act(() -> authoring.moveLesson(actor, id, lessonId, moduleId, index), "author_course_outline.moved");
    }

    /** What the page's drag and drop submits: a lesson or a module dropped at a place. */
    public String drop() {
        if (dragLesson > 0) {
            return act(() -> authoring.moveLesson(actor, id, dragLesson, dropModule, dropIndex), "author_course_outline.moved");
        }
        return act(() -> authoring.moveModule(actor, id, dragModule, dropIndex), "author_course_outline.moved");
    }

    public String removeModule(long moduleId) {
        return act(() -> authoring.removeModule(actor, id, moduleId), "author_course_outline.moduleRemoved");
    }

    public String removeLesson(long lessonId) {
        return act(() -> authoring.removeLesson(actor, id, lessonId), "author_course_outline.lessonRemoved");
    }

    public String publish() {
        try {
            authoring.publish(actor, id);
            Faces.flash("author_course_outline.published");
            return self();
        } catch (PublishRefused e) {
            problems = e.problems().stream().map(Faces.words()::format).sorted().toList();
            Faces.error(null, "author_course_outline.notPublished");
            return null;
        }
    }

    public String discardDraft() {
        return act(() -> authoring.discardDraft(actor, id), "author_course_outline.discarded");
    }

    public String archive() {
        return act(() -> authoring.archive(actor, id), "author_course_outline.archived");
    }

    public String restore() {
        return act(() -> authoring.restore(actor, id), "author_course_outline.restored");
    }

    private String act(Runnable action, String doneKey) {
        try {
            action.run();
            Faces.flash(doneKey);
            return self();
        } catch (StructureRefused e) {
            Faces.error(null, e.messageKey());
            return null;
        }
    }

    private String self() {
        return "/author/course/outline?faces-redirect=true&id=" + id;
    }

    private static <T> int indexOf(List<T> rows, Function<T, Long> id, long wanted) {
        for (int i = 0; i < rows.size(); i++) {
            if (id.apply(rows.get(i)) == wanted) {
                return i;
            }
        }
        throw new Forbidden("Nothing " + wanted + " in this outline");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public CourseStatus getStatus() {
        return status;
    }

    public boolean isDraft() {
        return draft;
    }

    public boolean isEverPublished() {
        return everPublished;
    }

    public List<ModuleRow> getModules() {
        return modules;
    }

    public List<LanguageRow> getLanguages() {
        return languages;
    }

    public List<String> getProblems() {
        return problems;
    }

    public long getDragLesson() {
        return dragLesson;
    }

    public void setDragLesson(long dragLesson) {
        this.dragLesson = dragLesson;
    }

    public long getDragModule() {
        return dragModule;
    }

    public void setDragModule(long dragModule) {
        this.dragModule = dragModule;
    }

    public long getDropModule() {
        return dropModule;
    }

    public void setDropModule(long dropModule) {
        this.dropModule = dropModule;
    }

    public int getDropIndex() {
        return dropIndex;
    }

    public void setDropIndex(int dropIndex) {
        this.dropIndex = dropIndex;
    }
}
