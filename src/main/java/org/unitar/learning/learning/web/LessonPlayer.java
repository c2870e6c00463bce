package org.unitar.learning.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.unitar.learning.catalogue.FileRole;
import org.unitar.learning.catalogue.PublishedCourse;
import org.unitar.learning.catalogue.web.CourseFiles;
import org.unitar.learning.catalogue.web.Faces;
import org.unitar.learning.learning.CourseProgress;
import org.unitar.learning.learning.CourseProgress.LessonProgress;
import org.unitar.learning.learning.CourseProgress.ModuleProgress;
import org.unitar.learning.learning.service.Learning;
import org.unitar.learning.learning.service.Sessions;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.web.Ids;
import org.unitar.learning.shared.web.PageToken;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Backs learn/course.xhtml: a course the learner is enrolled in. Without {@code lesson}, its outline with each
 * lesson's state, module progress, time left and where to continue, and the sessions of the learner's edition (a
 * blended workshop's days and calls, with the learner's attendance); with it, that lesson opened (which the server
 * records), next and previous, and the lesson's way of completion (on view, at the end of its video, or the
 * learner's button). The service refuses any course or lesson that is not the learner's to open (the 404 page).
 * No script but the video's end on this page, and no Faces view to keep: its buttons are plain form posts to
 * {@link ProgressActions}, which sends the learner back here.
 */
@Named
@RequestScoped
public class LessonPlayer {

    public record LessonLink(long id, String title, String state, boolean isNew, boolean released, boolean current,
                             boolean required, int minutes) {
    }

    /** A module in the outline; {@code locked} is the bundle key of why it is not released, {@code opensOn} its day. */
    public record ModuleView(String title, String summary, boolean released, String locked, LocalDate opensOn,
                             String prerequisite, int percent, List<LessonLink> lessons) {
    }

    public record FileLink(String url, String mediaType, String name) {
    }

    public record Track(String url, String language, String label, boolean isDefault) {
    }

    public record LessonView(long id, String title, String kind, String body, String url, int minutes, FileLink media,
                             List<Track> captions, String completion, boolean complete) {
    }

    @Inject
    Learning learning;

    @Inject
    Sessions sessions;

    @Inject
    Actor actor;

    private String idParam;
    private String lessonParam;
    private long id;
    private Long lesson;
    private String openEventId;
    private String token;
    private ContentLanguage language;
    private String title;
    private int percent;
    private int minutesLeft;
    private boolean completed;
    private List<ModuleView> modules;
    private LessonView opened;
    private Long next;
    private Long previous;
    private Long resume;
    private List<Sessions.LearnerSession> workshop = List.of();

    public void load() {
        id = Ids.parse(idParam);
        lesson = lessonParam == null || lessonParam.isBlank() ? null : Ids.parse(lessonParam);
        ContentLanguage reader = Faces.reader();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpSession session = (HttpSession) external.getSession(true);
        token = PageToken.of(session);
        if (lesson == null) {
            Learning.Outline outline = learning.outline(actor, id);
            language = outline.progress().course().readIn(reader);
            show(outline.progress());
            resume = outline.resume().map(l -> l.lesson().lessonId()).orElse(null);
            workshop = sessions.ofLearner(outline.enrolment());
            return;
        }
        Optional<ProgressNotice> notice = ProgressNotice.take(session, id, lesson);
        Learning.Opened visit = notice.isPresent()
                ? learning.reopen(actor, id, lesson, notice.get().visit())
                : learning.open(actor, id, lesson, reader);
        notice.ifPresent(n -> FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, Faces.words().format(n.messageKey()), null)));
        openEventId = visit.openEventId();
        language = visit.progress().course().readIn(reader);
        show(visit.progress());
    }

    /** The address of a course's outline (lesson null) or of one of its lessons, within the application. */
    static String url(long course, Long lesson) {
        return "/learn/course.xhtml?id=" + course + (lesson == null ? "" : "&lesson=" + lesson);
    }

    private void show(CourseProgress progress) {
        PublishedCourse course = progress.course();
        ContentLanguage fallback = course.defaultLanguage();
        completed = progress.completed();
        title = course.title(language);
        percent = progress.percent();
        minutesLeft = progress.minutesLeft();
        modules = progress.modules().stream().map(m -> module(m, progress, fallback)).toList();
        if (lesson != null) {
            LessonProgress current = progress.lesson(lesson).orElseThrow();
            opened = lesson(current, fallback);
            next = progress.next(lesson).map(l -> l.lesson().lessonId()).orElse(null);
            previous = progress.previous(lesson).map(l -> l.lesson().lessonId()).orElse(null);
        }
    }

    private ModuleView module(ModuleProgress m, CourseProgress progress, ContentLanguage fallback) {
        String prerequisite = m.module().prerequisiteModuleId() == null ? null : progress.course().modules().stream()
                .filter(p -> p.moduleId() == m.module().prerequisiteModuleId()).findFirst()
                .map(p -> p.title(language, fallback)).orElse(null);
        return new ModuleView(m.module().title(language, fallback), m.module().summary(language, fallback), m.released(),
                m.locked() == null ? null : "learn.locked." + m.locked().name(), m.opensOn(), prerequisite, m.percent(),
                m.lessons().stream().map(l -> new LessonLink(l.lesson().lessonId(), l.lesson().title(language, fallback),
                        l.state().name(), l.isNew(), l.released(), lesson != null && l.lesson().lessonId() == lesson,
                        l.lesson().required(), l.lesson().estimatedMinutes())).toList());
    }

    private LessonView lesson(LessonProgress progress, ContentLanguage fallback) {
        PublishedCourse.Lesson l = progress.lesson();
        String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        FileLink media = l.file(FileRole.MEDIA, language, fallback)
                .map(f -> new FileLink(CourseFiles.url(contextPath, f.fileId(), f.name()), f.type().mediaType(), f.name()))
                .orElse(null);
        List<Track> captions = l.files().stream().filter(f -> f.role() == FileRole.CAPTIONS)
                .map(f -> new Track(CourseFiles.url(contextPath, f.fileId(), f.name()), f.language().code(),
                        f.language().nativeName(), f.language() == language))
                .toList();
        return new LessonView(l.lessonId(), l.title(language, fallback), l.kind().name(), l.body(language, fallback),
                l.url(), l.estimatedMinutes(), media, captions, l.completion().name(), progress.complete());
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public String getLessonParam() {
        return lessonParam;
    }

    public void setLessonParam(String lessonParam) {
        this.lessonParam = lessonParam;
    }

    public long getId() {
        return id;
    }

    public Long getLesson() {
        return lesson;
    }

    public ContentLanguage getLanguage() {
        return language;
    }

    public String getTitle() {
        return title;
    }

    public int getPercent() {
        return percent;
    }

    public int getMinutesLeft() {
        return minutesLeft;
    }

    public boolean isCompleted() {
        return completed;
    }

    public List<ModuleView> getModules() {
        return modules;
    }

    public LessonView getOpened() {
        return opened;
    }

    public Long getNext() {
        return next;
    }

    public Long getPrevious() {
        return previous;
    }

    public Long getResume() {
        return resume;
    }

    /** The sessions of the learner's edition, on the outline; none for a self-paced edition. */
    public List<Sessions.LearnerSession> getWorkshop() {
        return workshop;
    }

    /** The visit this page's opening recorded, which its buttons post back. */
    public String getVisit() {
        return openEventId;
    }

    public String getToken() {
        return token;
    }
}
