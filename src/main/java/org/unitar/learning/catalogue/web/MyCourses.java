package org.unitar.learning.catalogue.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.unitar.learning.catalogue.Course;
import org.unitar.learning.catalogue.CourseRevision;
import org.unitar.learning.catalogue.CourseStatus;
import org.unitar.learning.catalogue.service.CourseAuthoring;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.security.Actor;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Backs author/index.xhtml: the courses the trainer owns or co-owns (every course, for an administrator). */
@Named
@RequestScoped
public class MyCourses {

    /** One line of the list, in the reader's language where the course has it. */
    public record Row(long id, String title, CourseStatus status, Instant updatedAt, Set<ContentLanguage> languages,
                      Set<ContentLanguage> untranslated) {
    }

    @Inject
    CourseAuthoring authoring;

    @Inject
    Actor actor;

    private List<Row> rows;

    @PostConstruct
    void load() {
        ContentLanguage reader = Faces.reader();
        rows = authoring.editableBy(actor).stream().map(course -> row(course, reader)).toList();
    }

    private static Row row(Course course, ContentLanguage reader) {
        CourseRevision revision = course.current();
        return new Row(course.id(), revision.title(reader, course.defaultLanguage()), course.status(),
                revision.updatedAt(), revision.languages(), revision.untranslated());
    }

    public List<Row> getRows() {
        return rows;
    }
}
