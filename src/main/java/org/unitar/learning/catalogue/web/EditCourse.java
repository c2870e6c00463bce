package org.unitar.learning.catalogue.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.ConstraintViolationException;
import org.unitar.learning.catalogue.Course;
import org.unitar.learning.catalogue.CourseDetails;
import org.unitar.learning.catalogue.CourseRevision;
import org.unitar.learning.catalogue.EditConflict;
import org.unitar.learning.catalogue.service.CourseAuthoring;
import org.unitar.learning.catalogue.service.UnknownCifalCentre;
import org.unitar.learning.identity.UserAccount;
import org.unitar.learning.identity.UserAccountRepository;
import org.unitar.learning.shared.files.FileRefused;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.security.Actor;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Backs author/course/edit.xhtml: creates a course, or edits the texts of one in a chosen content language
 * ({@code ?id=…&in=fr}) and its other details. A save that comes after someone else's is refused and the trainer's
 * input stays on the screen.
 */
@Named
@ViewScoped
public class EditCourse implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseAuthoring authoring;

    @Inject
    Actor actor;

    private Long id;
    private String in;
    private int revisionNumber;
    private long version;
    private List<ContentLanguage> courseLanguages = List.of();
    private Set<ContentLanguage> untranslated = EnumSet.noneOf(ContentLanguage.class);
    private CourseDetails details;
    private String ownerName;
    private boolean mayChooseTrainers;
    private List<Trainer> coTrainers = List.of();
    private String newCoTrainer;
    private String coverUrl;
    private transient Part cover;

    /** A co-trainer as the page lists them. */
    public record Trainer(String subject, String name) implements Serializable {
    }

    @Inject
    UserAccountRepository people;

    /** Runs before the page renders (f:viewAction): loads the course, or prepares a new one. */
    public void load() {
        if (id == null) {
            details = new CourseDetails();
            ContentLanguage reader = Faces.reader();
            details.setLanguage(reader);
            details.setLanguages(EnumSet.of(reader));
            return;
        }
        Course course = authoring.editable(actor, id);
        CourseRevision revision = course.current();
        ContentLanguage editing = ContentLanguage.forCode(in).filter(revision.languages()::contains).orElse(course.defaultLanguage());
        revisionNumber = revision.number();
        version = revision.version();
        courseLanguages = revision.languages().stream().sorted().toList();
        untranslated = revision.untranslated();
        details = revision.details(editing);
        Map<String, String> names = people.displayNames(Stream.concat(Stream.of(course.owner()), course.coTrainers().stream()).toList());
        ownerName = names.getOrDefault(course.owner(), course.owner());
        coTrainers = course.coTrainers().stream().map(t -> new Trainer(t, names.getOrDefault(t, t)))
                .sorted(Comparator.comparing(Trainer::name)).toList();
        mayChooseTrainers = actor.administrator() || course.owner().equals(actor.subject());
        String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        coverUrl = revision.coverFileId().map(f -> CourseFiles.url(contextPath, f, revision.coverName())).orElse(null);
    }

    /** Adds the trainer named by user name or email (someone who has signed in at least once). */
    public String addCoTrainer() {
        if (newCoTrainer == null || newCoTrainer.isBlank()) {
            Faces.error("trainers:newCoTrainer", "author_course_edit.coTrainerRequired");
            return null;
        }
        Optional<UserAccount> person = people.findByUsernameOrEmail(newCoTrainer);
        if (person.isEmpty()) {
            Faces.error("trainers:newCoTrainer", "author_course_edit.coTrainerUnknown");
            return null;
        }
        authoring.addCoTrainer(actor, id, person.get().subject());
        Faces.flash("author_course_edit.coTrainerAdded");
        return "/author/course/edit?faces-redirect=true&id=" + id;
    }

    public String removeCoTrainer(String subject) {
        authoring.removeCoTrainer(actor, id, subject);
        Faces.flash("author_course_edit.coTrainerRemoved");
        return "/author/course/edit?faces-redirect=true&id=" + id;
    }

    public String uploadCover() {
        if (cover == null || cover.getSize() == 0) {
            Faces.error("cover:image", "author_course_lesson.chooseFile");
            return null;
        }
        try (InputStream content = cover.getInputStream()) {
            authoring.uploadCover(actor, id, content, cover.getSubmittedFileName());
        } catch (FileRefused e) {
            Faces.error("cover:image", e.reason().messageKey());
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Faces.flash("author_course_lesson.uploaded");
        return "/author/course/edit?faces-redirect=true&id=" + id;
    }

    public String removeCover() {
        authoring.removeCover(actor, id);
        Faces.flash("author_course_lesson.fileRemoved");
        return "/author/course/edit?faces-redirect=true&id=" + id;
    }

    public String getCoverUrl() {
        return coverUrl;
    }

    public Part getCover() {
        return cover;
    }

    public void setCover(Part cover) {
        this.cover = cover;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public boolean isMayChooseTrainers() {
        return mayChooseTrainers;
    }

    public List<Trainer> getCoTrainers() {
        return coTrainers;
    }

    public String getNewCoTrainer() {
        return newCoTrainer;
    }

    public void setNewCoTrainer(String newCoTrainer) {
        this.newCoTrainer = newCoTrainer;
    }

    public String save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (id == null) {
                Course created = authoring.create(actor, details);
                Faces.flash("author_course_edit.created");
                return "/author/course/outline?faces-redirect=true&id=" + created.id();
            }
            authoring.update(actor, id, revisionNumber, version, details);
            Faces.flash("author_course_edit.saved");
            return "/author/course/edit?faces-redirect=true&id=" + id + "&in=" + details.getLanguage().code();
        } catch (EditConflict e) {
            Faces.error(null, "author_course_edit.conflict");
        } catch (UnknownCifalCentre e) {
            Faces.error("course:centre", "author_course_edit.unknownCentre");
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> faces.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, v.getMessage(), null)));
            faces.validationFailed();
        }
        return null;
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getIn() {
        return in;
    }

    public void setIn(String in) {
        this.in = in;
    }

    public CourseDetails getDetails() {
        return details;
    }

    public List<ContentLanguage> getCourseLanguages() {
        return courseLanguages;
    }

    public Set<ContentLanguage> getUntranslated() {
        return untranslated;
    }
}
