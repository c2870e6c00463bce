package org.unitar.learning.learning.web;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import org.unitar.learning.catalogue.CifalCentre;
import org.unitar.learning.catalogue.CourseFormat;
import org.unitar.learning.catalogue.CourseRepository;
import org.unitar.learning.catalogue.EnrolmentPolicy;
import org.unitar.learning.catalogue.PublishedCourse;
import org.unitar.learning.catalogue.service.PublishedCourses;
import org.unitar.learning.catalogue.web.Faces;
import org.unitar.learning.identity.UserAccountRepository;
import org.unitar.learning.learning.Edition;
import org.unitar.learning.learning.Enrolment;
import org.unitar.learning.learning.EnrolmentRefused;
import org.unitar.learning.learning.EnrolmentStatus;
import org.unitar.learning.learning.service.Enrolments;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.NotFound;
import org.unitar.learning.shared.web.Ids;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Backs catalogue/course.xhtml, a course's public page: what it is about, its outline, trainers, languages,
 * estimated time, the editions one may still join, and the person's place in it (enrol, ask for a place, go to the
 * course, leave). Anyone may read it; enrolling needs signing in. An archived course is shown only to those
 * enrolled in it; any other id is the 404 page.
 */
@Named
@ViewScoped
public class CourseAbout implements Serializable {

    private static final long serialVersionUID = 1L;

    public record LessonLine(String title, String kind, int minutes, boolean required) implements Serializable {
    }

    public record ModuleLine(String title, String summary, List<LessonLine> lessons) implements Serializable {
    }

    /** An edition as the page offers it: {@code closed} is the bundle key of why one may not join, or null. */
    public record EditionLine(long id, String name, boolean openEnded, LocalDate startsOn, LocalDate endsOn,
                              LocalDate enrolUntil, Integer placesLeft, String closed) implements Serializable {
    }

    @Inject
    PublishedCourses courses;

    @Inject
    Enrolments enrolments;

    @Inject
    UserAccountRepository accounts;

    @Inject
    CourseRepository catalogue;

    @Inject
    HttpServletRequest request;

    /** The signed-in person, asked for only when there is one (the page is public). */
    @Inject
    Instance<Actor> actors;

    @Inject
    Clock clock;

    private String idParam;
    private long id;
    private ContentLanguage language;
    private String title;
    private String summary;
    private String description;
    private int minutes;
    private CourseFormat format;
    private EnrolmentPolicy policy;
    private String centre;
    private List<ContentLanguage> languages;
    private List<String> trainers;
    private List<ModuleLine> modules;
    private List<EditionLine> editions;
    private EnrolmentStatus status;
    private boolean signedIn;
    private boolean learner;

    public void load() {
        id = Ids.parse(idParam);
        signedIn = request.getUserPrincipal() != null;
        learner = request.isUserInRole("learner");
        Optional<Enrolment> enrolment = signedIn ? enrolments.find(actor().subject(), id) : Optional.empty();
        PublishedCourse course = courses.listed(id)
                .or(() -> enrolment.filter(Enrolment::isActive).flatMap(e -> courses.find(id)))
                .orElseThrow(() -> new NotFound("Course " + id + " is not in the catalogue"));
        status = enrolment.map(Enrolment::status).orElse(null);
        language = course.readIn(Faces.reader());
        title = course.title(language);
        summary = course.summary(language);
        description = course.description(language);
        minutes = course.estimatedMinutes();
        format = course.format();
        policy = course.enrolment();
        centre = catalogue.cifalCentres().stream().filter(c -> c.getCode().equals(course.cifalCentre()))
                .map(CifalCentre::getName).findFirst().orElse(course.cifalCentre());
        languages = course.languages().stream().sorted().toList();
        Map<String, String> names = accounts.displayNames(Stream.concat(Stream.of(course.owner()), course.coTrainers().stream()).toList());
        trainers = Stream.concat(Stream.of(course.owner()), course.coTrainers().stream())
                .map(names::get).filter(n -> n != null).toList();
        modules = course.modules().stream().map(m -> new ModuleLine(m.title(language, course.defaultLanguage()),
                m.summary(language, course.defaultLanguage()),
                m.lessons().stream().map(l -> new LessonLine(l.title(language, course.defaultLanguage()), l.kind().name(),
                        l.estimatedMinutes(), l.required())).toList())).toList();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<EditionLine> lines = new ArrayList<>();
        for (Edition e : enrolments.current(id)) {
            String closed = e.closedReason(today);
            if (closed == null && e.isFull()) {
                closed = "enrolment.refused.full";
            }
            lines.add(new EditionLine(e.id(), e.name(), e.openEnded(), e.startsOn(), e.endsOn(), e.enrolUntil(),
                    e.capacity() == null ? null : Math.max(0, e.capacity() - e.seatsTaken()), closed));
        }
        editions = List.copyOf(lines);
    }

    /** Enrols the person in the edition (or asks for a place); then the course's first page, or this page again. */
    public String join(long editionId) {
        try {
            Enrolment enrolment = enrolments.join(actor(), editionId);
            if (enrolment.isActive()) {
                Faces.flash("enrolment.enrolled");
                return "/learn/course?faces-redirect=true&id=" + id;
            }
            Faces.flash("enrolment.requested");
        } catch (EnrolmentRefused e) {
            Faces.error(null, e.messageKey());
            load();
            return null;
        } catch (PersistenceException e) {
            // the same person enrolled from another tab at the same moment: the one enrolment per course and
            // learner refused this second one, whose transaction left nothing; the page shows the enrolment there is
            return again();
        }
        return again();
    }

    public String leave() {
        enrolments.leave(actor(), id);
        Faces.flash(status == EnrolmentStatus.REQUESTED ? "enrolment.withdrawn" : "enrolment.left");
        return again();
    }

    private String again() {
        return "/catalogue/course?faces-redirect=true&id=" + id;
    }

    private Actor actor() {
        return actors.get();
    }

    /** Where signing in to enrol brings the person back to. */
    public String getSignInUrl() {
        return request.getContextPath() + "/login/return?next=/catalogue/course.xhtml%3Fid%3D" + id;
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

    public ContentLanguage getLanguage() {
        return language;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getDescription() {
        return description;
    }

    public int getMinutes() {
        return minutes;
    }

    public CourseFormat getFormat() {
        return format;
    }

    public EnrolmentPolicy getPolicy() {
        return policy;
    }

    public String getCentre() {
        return centre;
    }

    public List<ContentLanguage> getLanguages() {
        return languages;
    }

    public String getTrainers() {
        return String.join(", ", trainers);
    }

    public List<ModuleLine> getModules() {
        return modules;
    }

    public List<EditionLine> getEditions() {
        return editions;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public boolean isEnrolled() {
        return status == EnrolmentStatus.ACTIVE;
    }

    public boolean isRequested() {
        return status == EnrolmentStatus.REQUESTED;
    }

    public boolean isSignedIn() {
        return signedIn;
    }

    public boolean isLearner() {
        return learner;
    }
}
