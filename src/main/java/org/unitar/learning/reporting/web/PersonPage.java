package org.unitar.learning.reporting.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.unitar.learning.catalogue.PublishedCourse;
import org.unitar.learning.catalogue.web.Faces;
import org.unitar.learning.certification.web.CertificateDownload;
import org.unitar.learning.identity.Organisation;
import org.unitar.learning.identity.Role;
import org.unitar.learning.identity.service.Accounts;
import org.unitar.learning.identity.service.KeycloakUnavailable;
import org.unitar.learning.identity.service.Organisations;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.learning.service.Learning;
import org.unitar.learning.reporting.People;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.web.Ids;

import java.io.Serializable;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Backs people/person.xhtml: a person as an administrator or their organisation's manager follows them (profile,
 * organisation, courses with progress, quiz attempts, certificates, organisations they manage). Administrators
 * also link the person to another organisation here. The service decides who may see whom (404 otherwise).
 */
@Named
@ViewScoped
public class PersonPage implements Serializable {

    private static final long serialVersionUID = 1L;

    public record CourseRow(String title, boolean requested, boolean completed, int percent, Instant completedAt)
            implements Serializable {
    }

    public record AttemptRow(String course, String quiz, int number, String state, String percent, Boolean passed,
                             Instant submittedAt) implements Serializable {
    }

    public record CertificateRow(String number, String course, String status, Instant issuedAt, String download)
            implements Serializable {
    }

    @Inject
    People people;

    @Inject
    Organisations organisations;

    @Inject
    Accounts accounts;

    @Inject
    Actor actor;

    private String idParam;
    private long id;
    private String name;
    private String username;
    private String email;
    private String country;
    private Instant lastSignIn;
    private String organisationName;
    private Long organisationId;
    private List<CourseRow> courses;
    private List<AttemptRow> attempts;
    private List<CertificateRow> certificates;
    private List<String> manages;
    private Instant deactivatedAt;
    private final Map<Role, Boolean> roles = new EnumMap<>(Role.class);
    private boolean rolesKnown;
    private Instant anonymisedAt;
    private String confirmation;

    public void load() {
        id = Ids.parse(idParam);
        People.Person person = people.person(actor, id);
        name = person.account().displayName();
        username = person.account().username();
        email = person.account().email();
        country = person.account().country();
        lastSignIn = person.account().lastSignInAt();
        organisationName = person.organisation().map(Organisation::name).orElse(null);
        organisationId = person.organisation().map(Organisation::id).orElse(null);
        ContentLanguage reader = Faces.reader();
        Map<Long, PublishedCourse> byId = person.courses().stream().map(Learning.MyCourse::course)
                .collect(Collectors.toMap(PublishedCourse::courseId, Function.identity(), (a, b) -> a));
        courses = person.courses().stream().map(c -> new CourseRow(c.course().title(c.course().readIn(reader)),
                c.progress() == null, c.progress() != null && c.progress().completed(),
                c.progress() == null ? 0 : c.progress().percent(), c.enrolment().completedAt().orElse(null))).toList();
        attempts = person.attempts().stream().map(a -> {
            PublishedCourse course = byId.get(a.courseId());
            String quiz = course == null ? null : course.lesson(a.quizId())
                    .map(l -> l.title(course.readIn(reader), course.defaultLanguage())).orElse(null);
            return new AttemptRow(course == null ? "#" + a.courseId() : course.title(course.readIn(reader)), quiz,
                    a.number(), a.state(), a.percent() == null ? null
                    : a.percent().setScale(0, RoundingMode.HALF_UP).toPlainString(), a.passed(), a.submittedAt());
        }).toList();
        String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        certificates = person.certificates().stream().map(c -> new CertificateRow(c.number(), c.courseTitle(),
                c.status().name(), c.issuedAt(), actor.administrator() ? CertificateDownload.url(contextPath, c) : null)).toList();
        manages = person.manages().stream().map(Organisation::name).toList();
        deactivatedAt = person.account().deactivatedAt().orElse(null);
        anonymisedAt = person.account().anonymisedAt().orElse(null);
        if (actor.administrator() && anonymisedAt == null) {
            try {
                Set<Role> held = accounts.roles(actor, id);
                for (Role role : Role.values()) {
                    roles.put(role, held.contains(role));
                }
                rolesKnown = true;
            } catch (KeycloakUnavailable e) {
                Faces.error(null, "person.keycloakUnavailable");
            }
        }
    }

    /** Administrators: gives the person the ticked roles, in Keycloak. */
    public String saveRoles() {
        Set<Role> wanted = EnumSet.noneOf(Role.class);
        roles.forEach((role, on) -> {
            if (Boolean.TRUE.equals(on)) {
                wanted.add(role);
            }
        });
        return changeAccount(null, () -> accounts.changeRoles(actor, id, wanted), "person.rolesSaved");
    }

    /** Administrators: disables the person in Keycloak, which ends their sessions. */
    public String deactivate() {
        return changeAccount(null, () -> accounts.deactivate(actor, id), "person.deactivatedDone");
    }

    /** Administrators: anonymises the person on request, once their user name is typed to confirm. */
    public String anonymise() {
        return changeAccount("anonymise", () -> accounts.anonymise(actor, id, confirmation), "person.anonymisedDone");
    }

    public String reactivate() {
        return changeAccount(null, () -> accounts.reactivate(actor, id), "person.reactivatedDone");
    }

    /**
     * Makes a change to the person's account, then back to their page saying {@code doneKey}; a refusal is shown on
     * this page (next to its field of {@code form}, if it names one), and so is Keycloak not answering.
     */
    private String changeAccount(String form, Runnable change, String doneKey) {
        try {
            change.run();
        } catch (InputRefused e) {
            Faces.error(form == null || e.field() == null ? null : form + ":" + e.field(), e.messageKey());
            return null;
        } catch (KeycloakUnavailable e) {
            Faces.error(null, "person.keycloakUnavailable");
            return null;
        }
        Faces.flash(doneKey);
        return back();
    }

    private String back() {
        return "/people/person?faces-redirect=true&id=" + id;
    }

    /** Administrators: links the person to the chosen organisation (or none). */
    public String saveOrganisation() {
        organisations.link(actor, id, organisationId);
        Faces.flash("person.organisationSaved");
        return back();
    }

    public List<Organisation> getOrganisationChoices() {
        return organisations.all();
    }

    public boolean isAdministrator() {
        return actor.administrator();
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

    public String getName() {
        return name;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getCountry() {
        return country;
    }

    public Instant getLastSignIn() {
        return lastSignIn;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public List<CourseRow> getCourses() {
        return courses;
    }

    public List<AttemptRow> getAttempts() {
        return attempts;
    }

    public List<CertificateRow> getCertificates() {
        return certificates;
    }

    public Instant getDeactivatedAt() {
        return deactivatedAt;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public Map<Role, Boolean> getRoles() {
        return roles;
    }

    public Role[] getRoleChoices() {
        return Role.values();
    }

    public boolean isRolesKnown() {
        return rolesKnown;
    }

    public List<String> getManages() {
        return manages;
    }
}
