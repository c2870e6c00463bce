package org.unitar.learning.learning.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.unitar.learning.catalogue.service.CatalogueSearch;
import org.unitar.learning.catalogue.web.Faces;
import org.unitar.learning.learning.service.Learning;
import org.unitar.learning.learning.service.Learning.MyCourse;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.security.Actor;

import java.time.Instant;
import java.util.List;

/**
 * Backs learn/index.xhtml, "My learning": courses in progress (with where to continue), requests waiting for a
 * trainer, completed courses (the learner's certificates are {@code MyCertificates}, of the certification part)
 * and courses suggested in the learner's language.
 */
@Named
@RequestScoped
public class MyLearning {

    /** Suggestions shown at most. */
    static final int SUGGESTED = 3;

    public record Row(long courseId, String title, ContentLanguage language, int percent, int minutesLeft, Long resume,
                      Instant completedAt) {
    }

    public record Suggestion(long courseId, String title, String summary, ContentLanguage language, int minutes) {
    }

    @Inject
    Learning learning;

    @Inject
    CatalogueSearch catalogue;

    @Inject
    Actor actor;

    private List<Row> inProgress;
    private List<Row> requested;
    private List<Row> completed;
    private List<Suggestion> suggested;

    @PostConstruct
    void load() {
        ContentLanguage reader = Faces.reader();
        List<MyCourse> mine = learning.mine(actor);
        inProgress = mine.stream().filter(c -> c.progress() != null && !c.progress().completed()).map(c -> row(c, reader)).toList();
        completed = mine.stream().filter(c -> c.progress() != null && c.progress().completed()).map(c -> row(c, reader)).toList();
        requested = mine.stream().filter(c -> c.progress() == null).map(c -> row(c, reader)).toList();
        suggested = catalogue.offeredIn(reader, mine.stream().map(c -> c.course().courseId()).toList(), SUGGESTED).stream()
                .map(c -> {
                    ContentLanguage shown = c.readIn(reader);
                    return new Suggestion(c.courseId(), c.title(shown), c.summary(shown), shown, c.estimatedMinutes());
                })
                .toList();
    }

    private static Row row(MyCourse c, ContentLanguage reader) {
        ContentLanguage shown = c.course().readIn(reader);
        if (c.progress() == null) {
            return new Row(c.course().courseId(), c.course().title(shown), shown, 0, 0, null, null);
        }
        return new Row(c.course().courseId(), c.course().title(shown), shown, c.progress().percent(),
                c.progress().minutesLeft(),
                c.progress().resume(c.enrolment().lastLessonId().orElse(null)).map(l -> l.lesson().lessonId()).orElse(null),
                c.enrolment().completedAt().orElse(null));
    }

    public List<Row> getInProgress() {
        return inProgress;
    }

    public List<Row> getRequested() {
        return requested;
    }

    public List<Row> getCompleted() {
        return completed;
    }

    public List<Suggestion> getSuggested() {
        return suggested;
    }
}
