package org.unitar.learning.catalogue.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.unitar.learning.catalogue.Course;
import org.unitar.learning.catalogue.CourseRevision;
import org.unitar.learning.catalogue.EditConflict;
import org.unitar.learning.catalogue.ModuleContent;
import org.unitar.learning.catalogue.ModuleDetails;
import org.unitar.learning.catalogue.ModuleOpening;
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
 * Backs author/course/module.xhtml: adds a module to a course ({@code ?id=…}) or edits one
 * ({@code &module=…&in=fr}) in a content language. A save after someone else's is refused, the input kept.
 */
@Named
@ViewScoped
public class EditModule implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A module this one may require: one before it. */
    public record Choice(long id, String title) implements Serializable {
    }

    @Inject
    CourseAuthoring authoring;

    @Inject
    Actor actor;

    private Long id;
    private Long module;
    private String in;
    private int revisionNumber;
    private long version;
    private String courseTitle;
    private List<ContentLanguage> courseLanguages = List.of();
    private Set<ContentLanguage> untranslated = EnumSet.noneOf(ContentLanguage.class);
    private List<Choice> earlierModules = List.of();
    private ModuleDetails details;

    public void load() {
        Course course = authoring.editable(actor, id);
        CourseRevision revision = course.current();
        ContentLanguage reader = Faces.reader();
        ContentLanguage fallback = course.defaultLanguage();
        courseTitle = revision.title(reader, fallback);
        revisionNumber = revision.number();
        courseLanguages = revision.languages().stream().sorted().toList();
        List<ModuleContent> modules = revision.modules();
        int position = modules.size();
        if (module == null) {
            details = new ModuleDetails();
            details.setLanguage(fallback);
        } else {
            ModuleContent content = modules.stream().filter(m -> m.moduleId() == module).findFirst()
                    .orElseThrow(() -> new Forbidden("No module " + module + " in course " + id));
            position = modules.indexOf(content);
            ContentLanguage editing = ContentLanguage.forCode(in).filter(courseLanguages::contains).orElse(fallback);
            details = content.details(editing);
            version = content.version();
            untranslated = content.untranslatedTitle(revision.languages());
        }
        earlierModules = modules.subList(0, position).stream()
                .map(m -> new Choice(m.moduleId(), m.title(reader, fallback))).toList();
    }

    public String save() {
        try {
            if (module == null) {
                authoring.addModule(actor, id, details);
                Faces.flash("author_course_module.added");
                return "/author/course/outline?faces-redirect=true&id=" + id;
            }
            authoring.editModule(actor, id, module, revisionNumber, version, details);
            Faces.flash("author_course_module.saved");
            return "/author/course/outline?faces-redirect=true&id=" + id;
        } catch (EditConflict e) {
            Faces.error(null, "author_course_edit.conflict");
        } catch (InputRefused e) {
            Faces.error("moduleForm:" + e.field(), e.messageKey());
        }
        return null;
    }

    public boolean isCreating() {
        return module == null;
    }

    public ModuleOpening[] getOpenings() {
        return ModuleOpening.values();
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

    public String getIn() {
        return in;
    }

    public void setIn(String in) {
        this.in = in;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public List<ContentLanguage> getCourseLanguages() {
        return courseLanguages;
    }

    public Set<ContentLanguage> getUntranslated() {
        return untranslated;
    }

    public List<Choice> getEarlierModules() {
        return earlierModules;
    }

    public ModuleDetails getDetails() {
        return details;
    }
}
