package org.unitar.learning.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.unitar.learning.assessment.service.Grading;
import org.unitar.learning.catalogue.Course;
import org.unitar.learning.catalogue.service.CourseAuthoring;
import org.unitar.learning.catalogue.web.Faces;
import org.unitar.learning.identity.UserAccount;
import org.unitar.learning.identity.UserAccountRepository;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.web.Ids;

/**
 * Backs author/course/grading.xhtml ({@code ?id=} a course): the answers of submitted attempts that wait for a
 * trainer (essays), each with the question, the learner's text, a mark and a comment. Course editors and
 * administrators only. A refused mark shows next to its field, the others kept.
 */
@Named
@ViewScoped
public class GradingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One answer to mark, the {@code index}th of the page; {@code key} keeps what is typed for it. */
    public record Item(int index, String key, long attemptId, int position, String learner, String stem, String answer, String points)
            implements Serializable {
    }

    @Inject
    Grading grading;

    @Inject
    CourseAuthoring authoring;

    @Inject
    UserAccountRepository accounts;

    @Inject
    Actor actor;

    private String idParam;
    private long id;
    private String title;
    private List<Item> items = List.of();
    private final Map<String, String> marks = new HashMap<>();
    private final Map<String, String> comments = new HashMap<>();

    public void load() {
        id = Ids.parse(idParam);
        Course course = authoring.editable(actor, id);
        ContentLanguage reader = Faces.reader();
        ContentLanguage fallback = course.defaultLanguage();
        title = course.current().title(reader, fallback);
        List<Grading.Waiting> waiting = grading.waiting(actor, id);
        items = java.util.stream.IntStream.range(0, waiting.size()).mapToObj(i -> {
            Grading.Waiting w = waiting.get(i);
            return new Item(i, w.attempt().id() + "-" + w.question().position(), w.attempt().id(), w.question().position(),
                    accounts.findBySubject(w.attempt().learner()).map(UserAccount::displayName).orElse(w.attempt().learner()),
                    w.question().content().stem().getOrDefault(reader, w.question().content().stem().getOrDefault(fallback, "")),
                    w.question().response().text(),
                    QuizPage.percent(w.question().points()));
        }).toList();
    }

    public String mark(Item item) {
        try {
            grading.mark(actor, id, item.attemptId(), item.position(), number(marks.get(item.key())), comments.get(item.key()));
        } catch (InputRefused e) {
            Faces.error("gradingForm:items:" + item.index() + ":" + e.field(), e.messageKey());
            return null;
        }
        Faces.flash("grading.saved");
        return "/author/course/grading?faces-redirect=true&id=" + id;
    }

    /** A mark as typed, with a decimal point or comma; null (refused by the service) if it is not a number. */
    private static BigDecimal number(String typed) {
        try {
            return typed == null ? null : new BigDecimal(typed.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public List<Item> getItems() {
        return items;
    }

    public Map<String, String> getMarks() {
        return marks;
    }

    public Map<String, String> getComments() {
        return comments;
    }
}
