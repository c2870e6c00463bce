package org.unitar.learning.learning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.unitar.learning.catalogue.Course;
import org.unitar.learning.catalogue.service.CourseAuthoring;
import org.unitar.learning.catalogue.web.Faces;
import org.unitar.learning.identity.UserAccountRepository;
import org.unitar.learning.learning.Edition;
import org.unitar.learning.learning.EditionDetails;
import org.unitar.learning.learning.Enrolment;
import org.unitar.learning.learning.EnrolmentRefused;
import org.unitar.learning.learning.EnrolmentStatus;
import org.unitar.learning.learning.service.Enrolments;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.web.Ids;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Backs author/course/editions.xhtml: a course's editions (schedule a new one), the requests for a place waiting
 * for a decision, enrolling someone, and everyone enrolled. For the course's trainers and administrators; the
 * services check again. Every action redirects to the page, so a reload repeats nothing.
 */
@Named
@ViewScoped
public class CourseEditions implements Serializable {

    private static final long serialVersionUID = 1L;

    public record EditionRow(long id, String name, boolean openEnded, LocalDate startsOn, LocalDate endsOn,
                             LocalDate enrolFrom, LocalDate enrolUntil, Integer capacity, int taken) implements Serializable {
    }

    public record EnrolmentRow(long id, String learner, String edition, EnrolmentStatus status, Instant requestedAt,
                               Instant enrolledAt, Instant completedAt) implements Serializable {
    }

    @Inject
    Enrolments enrolments;

    @Inject
    CourseAuthoring authoring;

    @Inject
    UserAccountRepository accounts;

    @Inject
    Actor actor;

    private String idParam;
    private long id;
    private String title;
    private List<EditionRow> editions = List.of();
    private List<EnrolmentRow> requests = List.of();
    private List<EnrolmentRow> learners = List.of();
    private EditionDetails details = new EditionDetails();
    private Long enrolEdition;
    private String person;

    public void load() {
        id = Ids.parse(idParam);
        Course course = authoring.editable(actor, id);
        title = course.current().title(Faces.reader(), course.defaultLanguage());
        List<Edition> all = enrolments.editions(id);
        String openEnded = Faces.words().format("edition.openEnded");
        Map<Long, String> names = all.stream().collect(Collectors.toMap(Edition::id, e -> e.openEnded() ? openEnded : e.name()));
        editions = all.stream().map(e -> new EditionRow(e.id(), e.name(), e.openEnded(), e.startsOn(), e.endsOn(),
                e.enrolFrom(), e.enrolUntil(), e.capacity(), e.seatsTaken())).toList();
        List<Enrolment> people = enrolments.ofCourse(actor, id);
        Map<String, String> who = accounts.displayNames(people.stream().map(Enrolment::learner).toList());
        List<EnrolmentRow> rows = people.stream().map(e -> new EnrolmentRow(e.id(), who.getOrDefault(e.learner(), e.learner()),
                names.get(e.editionId()), e.status(), e.requestedAt(), e.enrolledAt(), e.completedAt().orElse(null))).toList();
        requests = rows.stream().filter(r -> r.status() == EnrolmentStatus.REQUESTED).toList();
        learners = rows.stream().filter(r -> r.status() != EnrolmentStatus.REQUESTED).toList();
        if (enrolEdition == null && !editions.isEmpty()) {
            enrolEdition = editions.get(0).id();
        }
    }

    public String schedule() {
        try {
            enrolments.schedule(actor, id, details);
            Faces.flash("author_editions.scheduled");
            return again();
        } catch (InputRefused e) {
            Faces.error("editionForm:" + e.field(), e.messageKey());
            return null;
        }
    }

    public String approve(long enrolmentId) {
        return decide(() -> enrolments.approve(actor, enrolmentId), "author_editions.approved");
    }

    public String decline(long enrolmentId) {
        return decide(() -> enrolments.decline(actor, enrolmentId), "author_editions.declined");
    }

    public String enrolPerson() {
        try {
            enrolments.enrolPerson(actor, enrolEdition == null ? 0 : enrolEdition, person);
            Faces.flash("author_editions.enrolled");
            return again();
        } catch (InputRefused e) {
            Faces.error("enrolForm:" + e.field(), e.messageKey());
        } catch (EnrolmentRefused e) {
            Faces.error("enrolForm:person", e.messageKey());
        }
        return null;
    }

    private String decide(Runnable decision, String done) {
        try {
            decision.run();
            Faces.flash(done);
            return again();
        } catch (EnrolmentRefused e) {
            Faces.error(null, e.messageKey());
            load();
            return null;
        }
    }

    private String again() {
        return "/author/course/editions?faces-redirect=true&id=" + id;
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

    public List<EditionRow> getEditions() {
        return editions;
    }

    public List<EnrolmentRow> getRequests() {
        return requests;
    }

    public List<EnrolmentRow> getLearners() {
        return learners;
    }

    public EditionDetails getDetails() {
        return details;
    }

    public Long getEnrolEdition() {
        return enrolEdition;
    }

    public void setEnrolEdition(Long enrolEdition) {
        this.enrolEdition = enrolEdition;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }
}
