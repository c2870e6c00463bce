package org.unitar.learning.learning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.unitar.learning.catalogue.Course;
import org.unitar.learning.catalogue.service.CourseAuthoring;
import org.unitar.learning.catalogue.web.Faces;
import org.unitar.learning.identity.UserAccountRepository;
import org.unitar.learning.learning.AttendanceRate;
import org.unitar.learning.learning.Edition;
import org.unitar.learning.learning.EditionSession;
import org.unitar.learning.learning.Enrolment;
import org.unitar.learning.learning.SessionMode;
import org.unitar.learning.learning.service.Sessions;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.NotFound;
import org.unitar.learning.shared.web.Ids;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Backs author/course/sessions.xhtml: an edition's sessions (plan one: title, in person at a place or online at a
 * link, date and time in UTC, length; with {@code session=} in the address, change or cancel that one), a link to
 * record attendance at each, and every learner's attendance so far. For the course's trainers and administrators
 * (the service checks).
 */
@Named
@ViewScoped
public class EditionSessionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    public record SessionRow(long id, String title, SessionMode mode, Instant startsAt, int minutes, String place,
                             String link) implements Serializable {
    }

    public record LearnerRow(String name, int attended, int counted, int percent) implements Serializable {
    }

    @Inject
    Sessions sessions;

    @Inject
    CourseAuthoring authoring;

    @Inject
    UserAccountRepository accounts;

    @Inject
    Actor actor;

    private String editionParam;
    private String sessionParam;
    private long editionId;
    private Long sessionId;
    private long courseId;
    private String courseTitle;
    private String editionName;
    private List<SessionRow> rows = List.of();
    private List<LearnerRow> learners = List.of();
    private String title;
    private SessionMode mode = SessionMode.IN_PERSON;
    private LocalDate date;
    private LocalTime time;
    private Integer minutes;
    private String place;
    private String link;

    public void load() {
        editionId = Ids.parse(editionParam);
        Edition edition = sessions.edition(actor, editionId);
        if (sessionParam != null) {
            EditionSession session = sessions.session(actor, Ids.parse(sessionParam));
            if (session.editionId() != editionId) {
                throw new NotFound("Session " + sessionParam + " is not one of edition " + editionId);
            }
            sessionId = session.id();
            EditionSession.Details details = session.details();
            title = details.title();
            mode = details.mode();
            date = details.date();
            time = details.time();
            minutes = details.minutes();
            place = details.place();
            link = details.link();
        }
        courseId = edition.courseId();
        Course course = authoring.editable(actor, courseId);
        courseTitle = course.current().title(Faces.reader(), course.defaultLanguage());
        editionName = edition.openEnded() ? Faces.words().format("edition.openEnded") : edition.name();
        rows = sessions.sessions(actor, editionId).stream().map(s -> new SessionRow(s.id(), s.title(), s.mode(),
                s.startsAt(), s.minutes(), s.place().orElse(null), s.link().orElse(null))).toList();
        Map<Long, AttendanceRate> rates = sessions.rates(editionId);
        List<Enrolment> enrolled = sessions.enrolled(actor, editionId);
        Map<String, String> names = accounts.displayNames(enrolled.stream().map(Enrolment::learner).toList());
        learners = enrolled.stream().map(e -> {
            AttendanceRate rate = rates.get(e.id());
            return new LearnerRow(names.getOrDefault(e.learner(), e.learner()), rate.attended(), rate.counted(), rate.percent());
        }).sorted(Comparator.comparing(LearnerRow::name)).toList();
    }

    /** Plans a new session, or saves the changes to the one being changed. */
    public String save() {
        EditionSession.Details details = new EditionSession.Details(title, mode, date, time, minutes, place, link);
        try {
            if (sessionId == null) {
                sessions.plan(actor, editionId, details);
            } else {
                sessions.change(actor, sessionId, details);
            }
        } catch (InputRefused e) {
            Faces.error("sessionForm:" + e.field(), e.messageKey());
            return null;
        }
        Faces.flash(sessionId == null ? "sessions.planned" : "sessions.changed");
        return back();
    }

    /** Cancels the session being changed, with the attendance recorded at it. */
    public String cancel() {
        sessions.cancel(actor, sessionId);
        Faces.flash("sessions.cancelled");
        return back();
    }

    private String back() {
        return "/author/course/sessions?faces-redirect=true&edition=" + editionId;
    }

    public SessionMode[] getModes() {
        return SessionMode.values();
    }

    public String getEditionParam() {
        return editionParam;
    }

    public void setEditionParam(String editionParam) {
        this.editionParam = editionParam;
    }

    public String getSessionParam() {
        return sessionParam;
    }

    public void setSessionParam(String sessionParam) {
        this.sessionParam = sessionParam;
    }

    /** Whether the form changes a planned session rather than plans a new one. */
    public boolean isChanging() {
        return sessionId != null;
    }

    public long getEditionId() {
        return editionId;
    }

    public long getCourseId() {
        return courseId;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public String getEditionName() {
        return editionName;
    }

    public List<SessionRow> getRows() {
        return rows;
    }

    public List<LearnerRow> getLearners() {
        return learners;
    }

    public boolean isAdministrator() {
        return actor.administrator();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public SessionMode getMode() {
        return mode;
    }

    public void setMode(SessionMode mode) {
        this.mode = mode;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }
}
