package org.unitar.learning.learning;

import org.unitar.learning.catalogue.ModuleOpening;
import org.unitar.learning.catalogue.PublishedCourse;
import org.unitar.learning.catalogue.PublishedCourse.Lesson;
import org.unitar.learning.catalogue.PublishedCourse.Module;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a learner stands in a course, worked out from the published course, their state in each lesson, the day
 * they enrolled and today; the rules the server enforces and the pages show.
 *
 * <ul>
 *   <li>A module is released when it has opened (at once, on its date, or so many days after enrolment) and the
 *       module it requires is done. Lessons of a module not released cannot be opened.</li>
 *   <li>A module (and the course) is done when its required lessons are complete; one with no required lesson
 *       when all its lessons are.</li>
 *   <li>A course once completed stays completed: lessons a trainer adds later show as new, and count in the
 *       percentage, without taking the completion back.</li>
 * </ul>
 */
public final class CourseProgress {

    /** Why a module is not released yet. */
    public enum Locked {
        /** Opens on {@link ModuleProgress#opensOn}. */
        NOT_YET_OPEN,
        /** Opens once the module {@link Module#prerequisiteModuleId} is done. */
        PREREQUISITE
    }

    public record LessonProgress(Lesson lesson, LessonState state, boolean released, boolean isNew) {

        public boolean complete() {
            return state == LessonState.COMPLETE;
        }
    }

    public record ModuleProgress(Module module, boolean released, Locked locked, LocalDate opensOn, int percent,
                                 List<LessonProgress> lessons) {
    }

    private final PublishedCourse course;
    private final List<ModuleProgress> modules;
    private final boolean completed;

    public CourseProgress(PublishedCourse course, Map<Long, LessonState> states, LocalDate enrolledOn, LocalDate today,
                          boolean completedBefore) {
        this.course = course;
        List<ModuleProgress> built = new ArrayList<>();
        for (Module module : course.modules()) {
            LocalDate opensOn = opensOn(module, enrolledOn);
            boolean open = opensOn == null || !today.isBefore(opensOn);
            boolean prerequisiteDone = module.prerequisiteModuleId() == null || built.stream()
                    .filter(m -> m.module().moduleId() == module.prerequisiteModuleId())
                    .anyMatch(m -> done(m.lessons()));
            boolean released = open && prerequisiteDone;
            List<LessonProgress> lessons = module.lessons().stream()
                    .map(l -> {
                        LessonState state = states.getOrDefault(l.lessonId(), LessonState.NOT_STARTED);
                        return new LessonProgress(l, state, released,
                                completedBefore && l.required() && state == LessonState.NOT_STARTED);
                    })
                    .toList();
            built.add(new ModuleProgress(module, released, !open ? Locked.NOT_YET_OPEN : !prerequisiteDone ? Locked.PREREQUISITE : null,
                    opensOn, percent(counted(lessons)), lessons));
        }
        this.modules = List.copyOf(built);
        this.completed = completedBefore || done(lessons());
    }

    private static LocalDate opensOn(Module module, LocalDate enrolledOn) {
        ModuleOpening opening = module.opening();
        return switch (opening) {
            case AT_ONCE -> null;
            case ON_DATE -> module.opensOn();
            case DAYS_AFTER_ENROLMENT -> enrolledOn.plusDays(module.opensAfterDays() == null ? 0 : module.opensAfterDays());
        };
    }

    /** The lessons that count: the required ones, or all of them where none is required. */
    private static List<LessonProgress> counted(List<LessonProgress> lessons) {
        List<LessonProgress> required = lessons.stream().filter(l -> l.lesson().required()).toList();
        return required.isEmpty() ? lessons : required;
    }

    private static boolean done(List<LessonProgress> lessons) {
        return counted(lessons).stream().allMatch(LessonProgress::complete);
    }

    private static int percent(List<LessonProgress> counted) {
        if (counted.isEmpty()) {
            return 100;
        }
        long complete = counted.stream().filter(LessonProgress::complete).count();
        return (int) (complete * 100 / counted.size());
    }

    public PublishedCourse course() {
        return course;
    }

    public List<ModuleProgress> modules() {
        return modules;
    }

    public List<LessonProgress> lessons() {
        return modules.stream().flatMap(m -> m.lessons().stream()).toList();
    }

    /** Every required lesson complete, now or at some time before. */
    public boolean completed() {
        return completed;
    }

    /** Share of the lessons that count which are complete, 0 to 100. */
    public int percent() {
        return percent(counted(lessons()));
    }

    /** The estimated minutes of the lessons that count and are not complete yet. */
    public int minutesLeft() {
        return counted(lessons()).stream().filter(l -> !l.complete()).mapToInt(l -> l.lesson().estimatedMinutes()).sum();
    }

    public Optional<LessonProgress> lesson(long lessonId) {
        return lessons().stream().filter(l -> l.lesson().lessonId() == lessonId).findFirst();
    }

    /** The released lesson after {@code lessonId}, in course order. */
    public Optional<LessonProgress> next(long lessonId) {
        List<LessonProgress> all = lessons();
        for (int i = 0; i < all.size() - 1; i++) {
            if (all.get(i).lesson().lessonId() == lessonId) {
                return all.subList(i + 1, all.size()).stream().filter(LessonProgress::released).findFirst();
            }
        }
        return Optional.empty();
    }

    /** The released lesson before {@code lessonId}, in course order. */
    public Optional<LessonProgress> previous(long lessonId) {
        List<LessonProgress> all = lessons();
        for (int i = all.size() - 1; i > 0; i--) {
            if (all.get(i).lesson().lessonId() == lessonId) {
                List<LessonProgress> before = new ArrayList<>(all.subList(0, i));
                Collections.reverse(before);
                return before.stream().filter(LessonProgress::released).findFirst();
            }
        }
        return Optional.empty();
    }

    /**
     * Where to continue: the lesson last opened if it is still in the course and released, else the first released
     * lesson not complete, else the first lesson.
     */
    public Optional<LessonProgress> resume(Long lastLessonId) {
        Optional<LessonProgress> last = lastLessonId == null ? Optional.empty()
                : lesson(lastLessonId).filter(LessonProgress::released);
        if (last.isPresent() && !last.get().complete()) {
            return last;
        }
        Optional<LessonProgress> afterLast = last.flatMap(l -> next(l.lesson().lessonId())).filter(l -> !l.complete());
        return afterLast
                .or(() -> lessons().stream().filter(l -> l.released() && !l.complete()).findFirst())
                .or(() -> last)
                .or(() -> lessons().stream().filter(LessonProgress::released).findFirst());
    }
}
