package org.unitar.learning.learning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.unitar.learning.catalogue.CompletionRule;
import org.unitar.learning.catalogue.LessonKind;
import org.unitar.learning.catalogue.PublishedCourse;
import org.unitar.learning.catalogue.service.PublishedCourses;
import org.unitar.learning.learning.CompletionWithdrawn;
import org.unitar.learning.learning.CourseCompleted;
import org.unitar.learning.learning.CourseProgress;
import org.unitar.learning.learning.CourseProgress.LessonProgress;
import org.unitar.learning.learning.Enrolment;
import org.unitar.learning.learning.LearningEvent;
import org.unitar.learning.learning.LearningVerb;
import org.unitar.learning.learning.LessonState;
import org.unitar.learning.learning.persistence.ProgressStore;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;
import org.unitar.learning.shared.security.NotFound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A learner in their courses: where they stand, opening a lesson, completing it, time spent. Only for the learner
 * themselves, only in courses where their enrolment is active, only in lessons released to them: anything else is
 * {@link NotFound}, the same whether it does not exist or is not theirs. Every change is a learning event first; the
 * state it moves forward follows only if the event was new, so an event sent twice counts once.
 */
@ApplicationScoped
@Transactional
public class Learning {

    /** Longest time one visit to a lesson counts for (a tab left open overnight does not count the night). */
    static final Duration LONGEST_VISIT = Duration.ofHours(2);

    /** A lesson opened: where the learner stands after opening it, and the id of the opening event. */
    public record Opened(CourseProgress progress, LessonProgress lesson, String openEventId) {
    }

    /** A course on the learner's dashboard: where they stand, or null while their request waits for a trainer. */
    public record MyCourse(Enrolment enrolment, PublishedCourse course, CourseProgress progress) {
    }

    @Inject
    Enrolments enrolments;

    @Inject
    PublishedCourses courses;

    @Inject
    ProgressStore store;

    @Inject
    Event<CourseCompleted> completions;

    @Inject
    Event<CompletionWithdrawn> withdrawals;

    @Inject
    Clock clock;

    /** A course's outline for its learner: where they stand, and the lesson to continue with (none once all is done). */
    public record Outline(Enrolment enrolment, CourseProgress progress, Optional<LessonProgress> resume) {
    }

    /** Where the learner stands in a course they are enrolled in, and where to continue. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Outline outline(@NotNull Actor actor, long courseId) {
        Enrolment enrolment = activeEnrolment(actor, courseId);
        CourseProgress progress = progress(enrolment, course(courseId));
        return new Outline(enrolment, progress, progress.resume(enrolment.lastLessonId().orElse(null)));
    }

    /** The learner's courses (enrolled, or asked for), most recently active first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MyCourse> mine(@NotNull Actor actor) {
        return coursesOf(actor.subject());
    }

    /**
     * A learner's courses as {@link #mine} gives them, for the people who follow that learner (administrators, their
     * organisation's managers): the caller has checked they may.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MyCourse> coursesOf(@NotNull String learner) {
        return enrolments.current(learner).stream()
                .flatMap(e -> courses.find(e.courseId()).stream()
                        .map(c -> new MyCourse(e, c, e.isActive() ? progress(e, c) : null)))
                .toList();
    }

    /**
     * The learner opens a lesson: a "launched" event, the lesson at least in progress (complete if it completes on
     * view), and the lesson remembered as where they left off.
     */
    public Opened open(@NotNull Actor actor, long courseId, long lessonId, @NotNull ContentLanguage language) {
        Enrolment enrolment = activeEnrolment(actor, courseId);
        PublishedCourse course = course(courseId);
        Map<Long, LessonState> states = store.states(enrolment.id());
        LessonProgress lesson = released(progress(enrolment, course, states), lessonId);
        Instant now = clock.instant();
        String openEventId = UUID.randomUUID().toString();
        boolean onView = lesson.lesson().completion() == CompletionRule.ON_VIEW && lesson.lesson().kind() != LessonKind.ASSESSMENT;
        store.record(event(openEventId, enrolment, course, lessonId, LearningVerb.LAUNCHED, language, null, null, now));
        store.advance(enrolment.id(), lessonId, LessonState.IN_PROGRESS, now);
        store.lastLesson(enrolment.id(), lessonId, now);
        CourseProgress after;
        if (onView) {
            completeLesson(enrolment, course, lessonId, LearningEvent.idFor("completed", openEventId), language, now);
            after = progress(enrolment, course);
        } else {
            // what advance() just stored, without reading it back: the state only moves forward
            states.merge(lessonId, LessonState.IN_PROGRESS, (was, opened) -> was.compareTo(opened) >= 0 ? was : opened);
            after = progress(enrolment, course, states);
        }
        return new Opened(after, after.lesson(lessonId).orElseThrow(), openEventId);
    }

    /**
     * The lesson opened in the visit {@code openEventId} (which {@link #open} recorded), shown again after a progress
     * save in that visit: nothing is recorded.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Opened reopen(@NotNull Actor actor, long courseId, long lessonId, @NotNull String openEventId) {
        CourseProgress progress = progress(activeEnrolment(actor, courseId), course(courseId));
        return new Opened(progress, released(progress, lessonId), openEventId);
    }

    /**
     * The learner completes a lesson in the visit {@code openEventId}: by saying so (a lesson the learner marks) or
     * because its video reached the end. The rule must be the lesson's; a repeat of the same completion counts once.
     *
     * @return whether this completion completed the course
     */
    public boolean complete(@NotNull Actor actor, long courseId, long lessonId, @NotNull String openEventId,
                                   @NotNull CompletionRule how, @NotNull ContentLanguage language) {
        Enrolment enrolment = activeEnrolment(actor, courseId);
        PublishedCourse course = course(courseId);
        LessonProgress lesson = released(progress(enrolment, course), lessonId);
        if (how == CompletionRule.ON_VIEW || lesson.lesson().completion() != how || lesson.lesson().kind() == LessonKind.ASSESSMENT) {
            throw new Forbidden("Lesson " + lessonId + " is not completed by " + how);
        }
        store.openedAt(openEventId, actor.subject(), lessonId)
                .orElseThrow(() -> new NotFound("No visit " + openEventId + " of lesson " + lessonId + " by " + actor.subject()));
        return completeLesson(enrolment, course, lessonId, LearningEvent.idFor("completed", openEventId), language, clock.instant());
    }

    /**
     * The enrolment of a learner who may work in {@code lessonId} now: active, and the lesson released to them;
     * otherwise {@link NotFound}. What the assessments part asks before a learner starts or answers an attempt.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Enrolment enrolmentFor(@NotNull Actor actor, long courseId, long lessonId) {
        Enrolment enrolment = activeEnrolment(actor, courseId);
        released(progress(enrolment, course(courseId)), lessonId);
        return enrolment;
    }

    /**
     * An attempt at the quiz of assessment lesson {@code lessonId} was graded: a "passed" or "failed" event with its
     * score (once per attempt), and the lesson complete if {@code lessonComplete} (the learner's grade reached the
     * pass mark), which may complete the course. Called by the assessments part, also from its server job when no
     * learner is there; a learner no longer in the course changes nothing.
     */
    public void assessed(@NotNull String learner, long courseId, long lessonId, long attemptId, double scoreScaled,
                         boolean passed, boolean lessonComplete, @NotNull ContentLanguage language) {
        Optional<Enrolment> found = enrolments.find(learner, courseId).filter(Enrolment::isActive);
        Optional<PublishedCourse> course = courses.find(courseId);
        if (found.isEmpty() || course.isEmpty()) {
            return;
        }
        Enrolment enrolment = found.get();
        Instant now = clock.instant();
        String attempt = "attempt|" + attemptId;
        store.record(new LearningEvent(LearningEvent.idFor("graded", attempt), learner,
                passed ? LearningVerb.PASSED : LearningVerb.FAILED, LearningEvent.LESSON, lessonId, courseId,
                course.get().revisionNumber(), enrolment.registration(), language.code(), passed, null, scoreScaled, now));
        if (lessonComplete) {
            completeLesson(enrolment, course.get(), lessonId, LearningEvent.idFor("completed", attempt), language, now);
        }
    }

    /**
     * The learner leaves a lesson they opened in the visit {@code openEventId}: the time since is counted, once, up to
     * {@link #LONGEST_VISIT}.
     */
    public void leave(@NotNull Actor actor, long courseId, long lessonId, @NotNull String openEventId,
                      @NotNull ContentLanguage language) {
        Enrolment enrolment = activeEnrolment(actor, courseId);
        PublishedCourse course = course(courseId);
        Instant opened = store.openedAt(openEventId, actor.subject(), lessonId)
                .orElseThrow(() -> new NotFound("No visit " + openEventId + " of lesson " + lessonId + " by " + actor.subject()));
        Instant now = clock.instant();
        Duration spent = Duration.between(opened, now);
        int seconds = (int) Math.max(0, Math.min(spent.getSeconds(), LONGEST_VISIT.getSeconds()));
        if (store.record(event(LearningEvent.idFor("experienced", openEventId), enrolment, course, lessonId,
                LearningVerb.EXPERIENCED, language, null, seconds, now))) {
            store.addTime(enrolment.id(), lessonId, seconds);
        }
    }

    /**
     * An attempt was graded again (a trainer's mark changed, or a fixed question regraded it): its new score, and the
     * lesson complete, or no longer complete, as the learner's grade now passes or not. A lesson no longer complete
     * takes the course's completion back: {@link CompletionWithdrawn} tells the certificates part, which flags an
     * issued certificate for an administrator and never revokes it by itself.
     */
    public void reassessed(@NotNull String learner, long courseId, long lessonId, long attemptId, double scoreScaled,
                           boolean passed, boolean lessonComplete, @NotNull ContentLanguage language) {
        Optional<Enrolment> found = enrolments.find(learner, courseId).filter(Enrolment::isActive);
        Optional<PublishedCourse> course = courses.find(courseId);
        if (found.isEmpty() || course.isEmpty()) {
            return;
        }
        Enrolment enrolment = found.get();
        Instant now = clock.instant();
        String regrade = "attempt|" + attemptId + "|" + UUID.randomUUID();
        store.record(new LearningEvent(LearningEvent.idFor("graded", regrade), learner,
                passed ? LearningVerb.PASSED : LearningVerb.FAILED, LearningEvent.LESSON, lessonId, courseId,
                course.get().revisionNumber(), enrolment.registration(), language.code(), passed, null, scoreScaled, now));
        boolean wasComplete = store.states(enrolment.id()).get(lessonId) == LessonState.COMPLETE;
        if (lessonComplete && !wasComplete) {
            completeLesson(enrolment, course.get(), lessonId, LearningEvent.idFor("completed", regrade), language, now);
        } else if (!lessonComplete && wasComplete && store.reopen(enrolment.id(), lessonId)) {
            store.record(new LearningEvent(LearningEvent.idFor("course-withdrawn", regrade), learner, LearningVerb.COMPLETED,
                    LearningEvent.COURSE, courseId, courseId, course.get().revisionNumber(), enrolment.registration(),
                    language.code(), false, null, null, now));
            withdrawals.fire(new CompletionWithdrawn(enrolment.id(), courseId, learner, enrolment.registration(), now));
        }
    }

    /** Records a lesson complete (once per completion event), and the course if that completes it: then true. */
    private boolean completeLesson(Enrolment enrolment, PublishedCourse course, long lessonId, String completionEventId,
                                   ContentLanguage language, Instant now) {
        if (!store.record(event(completionEventId, enrolment, course, lessonId, LearningVerb.COMPLETED, language, true, null, now))) {
            return false;
        }
        store.advance(enrolment.id(), lessonId, LessonState.COMPLETE, now);
        CourseProgress after = progress(enrolment, course);
        if (after.completed() && enrolment.completedAt().isEmpty() && store.complete(enrolment.id(), now)) {
            store.record(new LearningEvent(LearningEvent.idFor("course-completed", enrolment.registration()),
                    enrolment.learner(), LearningVerb.COMPLETED, LearningEvent.COURSE, course.courseId(), course.courseId(),
                    course.revisionNumber(), enrolment.registration(), language.code(), true, null, null, now));
            completions.fire(new CourseCompleted(enrolment.id(), course.courseId(), course.revisionNumber(),
                    enrolment.learner(), enrolment.registration(), now));
            return true;
        }
        return false;
    }

    private CourseProgress progress(Enrolment enrolment, PublishedCourse course) {
        return progress(enrolment, course, store.states(enrolment.id()));
    }

    private CourseProgress progress(Enrolment enrolment, PublishedCourse course, Map<Long, LessonState> states) {
        return new CourseProgress(course, states,
                LocalDate.ofInstant(enrolment.enrolledAt(), ZoneOffset.UTC), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
                enrolment.completedAt().isPresent());
    }

    private Enrolment activeEnrolment(Actor actor, long courseId) {
        return enrolments.find(actor.subject(), courseId).filter(Enrolment::isActive)
                .orElseThrow(() -> new NotFound("Course " + courseId + " is not one " + actor.subject() + " is enrolled in"));
    }

    private PublishedCourse course(long courseId) {
        return courses.find(courseId).orElseThrow(() -> new NotFound("Course " + courseId + " has nothing published"));
    }

    private static LessonProgress released(CourseProgress progress, long lessonId) {
        return progress.lesson(lessonId).filter(LessonProgress::released)
                .orElseThrow(() -> new NotFound("Lesson " + lessonId + " is not released in course " + progress.course().courseId()));
    }

    private static LearningEvent event(String id, Enrolment enrolment, PublishedCourse course, long lessonId, LearningVerb verb,
                                       ContentLanguage language, Boolean completion, Integer seconds, Instant now) {
        return new LearningEvent(id, enrolment.learner(), verb, LearningEvent.LESSON, lessonId, course.courseId(),
                course.revisionNumber(), enrolment.registration(), language.code(), completion, seconds, null, now);
    }
}
