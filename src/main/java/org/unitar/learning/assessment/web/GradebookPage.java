package org.unitar.learning.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

import org.unitar.learning.assessment.Gradebook;
import org.unitar.learning.assessment.service.Gradebooks;
import org.unitar.learning.catalogue.Course;
import org.unitar.learning.catalogue.service.CourseAuthoring;
import org.unitar.learning.catalogue.web.Faces;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.web.Ids;

/**
 * Backs author/course/gradebook.xhtml ({@code ?id=} a course, optional {@code q=} text and {@code completion=}):
 * learners by quizzes with grades, pass or not, attempts waiting for a mark, and course completion; filtered by a
 * GET form so that a filtered view can be bookmarked and exported as it is. Course editors and administrators only.
 */
@Named
@ViewScoped
public class GradebookPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Gradebooks gradebooks;

    @Inject
    CourseAuthoring authoring;

    @Inject
    Actor actor;

    private String idParam;
    private String q;
    private String completion;
    private long id;
    private String title;
    private Gradebook gradebook;

    public void load() {
        id = Ids.parse(idParam);
        Course course = authoring.editable(actor, id);
        title = course.current().title(Faces.reader(), course.defaultLanguage());
        gradebook = gradebooks.gradebook(actor, id, Faces.reader()).filtered(q, completion(completion));
    }

    static Gradebook.Completion completion(String value) {
        try {
            return value == null || value.isBlank() ? Gradebook.Completion.ALL : Gradebook.Completion.valueOf(value);
        } catch (IllegalArgumentException e) {
            return Gradebook.Completion.ALL;
        }
    }

    /** A grade as the table shows it: one decimal at most. */
    public String grade(Gradebook.Cell cell) {
        return cell.grade().isPresent() ? QuizPage.percent(java.math.BigDecimal.valueOf(cell.grade().getAsDouble())) + " %" : "";
    }

    public List<Gradebook.Completion> getCompletions() {
        return List.of(Gradebook.Completion.values());
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getCompletion() {
        return completion;
    }

    public void setCompletion(String completion) {
        this.completion = completion;
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Gradebook getGradebook() {
        return gradebook;
    }
}
