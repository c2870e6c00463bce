package org.unitar.learning.catalogue.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.unitar.learning.catalogue.Course;
import org.unitar.learning.catalogue.CourseRevision;
import org.unitar.learning.catalogue.service.CourseAuthoring;
import org.unitar.learning.identity.UserAccountRepository;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.security.Actor;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Backs author/course/history.xhtml: who published which revision of the course, and when, newest first. */
@Named
@RequestScoped
public class CourseHistory {

    /** One publication. */
    public record Row(int number, Instant publishedAt, String publishedBy, String title, boolean current) {
    }

    @Inject
    CourseAuthoring authoring;

    @Inject
    UserAccountRepository people;

    @Inject
    Actor actor;

    private Long id;
    private String title;
    private List<Row> rows;

    public void load() {
        Course course = authoring.editable(actor, id);
        ContentLanguage reader = Faces.reader();
        ContentLanguage fallback = course.defaultLanguage();
        title = course.current().title(reader, fallback);
        List<CourseRevision> published = authoring.history(actor, id);
        Map<String, String> names = people.displayNames(published.stream().map(CourseRevision::publishedBy).distinct().toList());
        Integer live = course.published().map(CourseRevision::number).orElse(null);
        rows = published.stream().map(r -> new Row(r.number(), r.publishedAt(),
                names.getOrDefault(r.publishedBy(), r.publishedBy()), r.title(reader, fallback),
                live != null && live == r.number())).toList();
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

    public List<Row> getRows() {
        return rows;
    }
}
