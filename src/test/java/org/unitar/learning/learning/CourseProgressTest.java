package org.unitar.learning.learning;

import org.junit.jupiter.api.Test;
import org.unitar.learning.catalogue.CompletionRule;
import org.unitar.learning.catalogue.CourseFormat;
import org.unitar.learning.catalogue.EnrolmentPolicy;
import org.unitar.learning.catalogue.LessonKind;
import org.unitar.learning.catalogue.ModuleOpening;
import org.unitar.learning.catalogue.PublishedCourse;
import org.unitar.learning.catalogue.PublishedCourse.Lesson;
import org.unitar.learning.catalogue.PublishedCourse.Module;
import org.unitar.learning.learning.CourseProgress.LessonProgress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unitar.learning.learning.LessonState.COMPLETE;
import static org.unitar.learning.learning.LessonState.IN_PROGRESS;
import static org.unitar.learning.shared.i18n.ContentLanguage.ENGLISH;
import static org.unitar.learning.shared.i18n.ContentLanguage.FRENCH;

class CourseProgressTest {

    private static final LocalDate ENROLLED = LocalDate.of(2026, 11, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 10);

    @Test
    void aCourseIsCompleteWhenEveryRequiredLessonIsOptionalOnesAside() {
        PublishedCourse course = course(
                module(1, null, ModuleOpening.AT_ONCE, null, null, lesson(11, 1, true, 10), lesson(12, 1, false, 20)),
                module(2, null, ModuleOpening.AT_ONCE, null, null, lesson(21, 2, true, 30)));

        CourseProgress halfway = new CourseProgress(course, Map.of(11L, COMPLETE, 12L, IN_PROGRESS), ENROLLED, TODAY, false);
        CourseProgress done = new CourseProgress(course, Map.of(11L, COMPLETE, 21L, COMPLETE), ENROLLED, TODAY, false);

        assertThat(halfway.completed()).isFalse();
        assertThat(halfway.percent()).isEqualTo(50);
        assertThat(halfway.minutesLeft()).isEqualTo(30);
        assertThat(halfway.modules().get(0).percent()).isEqualTo(100);
        assertThat(done.completed()).isTrue();
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.minutesLeft()).isZero();
    }

    @Test
    void aModuleWithoutRequiredLessonsCountsAllItsLessons() {
        PublishedCourse course = course(module(1, null, ModuleOpening.AT_ONCE, null, null,
                lesson(11, 1, false, 10), lesson(12, 1, false, 10)));

        assertThat(new CourseProgress(course, Map.of(11L, COMPLETE), ENROLLED, TODAY, false).completed()).isFalse();
        assertThat(new CourseProgress(course, Map.of(11L, COMPLETE, 12L, COMPLETE), ENROLLED, TODAY, false).completed()).isTrue();
    }

    @Test
    void aModuleOpensOnItsDateOrDaysAfterEnrolment() {
        PublishedCourse course = course(
                module(1, null, ModuleOpening.ON_DATE, LocalDate.of(2026, 11, 10), null, lesson(11, 1, true, 5)),
                module(2, null, ModuleOpening.ON_DATE, LocalDate.of(2026, 11, 11), null, lesson(21, 2, true, 5)),
                module(3, null, ModuleOpening.DAYS_AFTER_ENROLMENT, null, 8, lesson(31, 3, true, 5)),
                module(4, null, ModuleOpening.DAYS_AFTER_ENROLMENT, null, 9, lesson(41, 4, true, 5)));

        CourseProgress progress = new CourseProgress(course, Map.of(), ENROLLED, TODAY, false);

        assertThat(progress.modules()).extracting(CourseProgress.ModuleProgress::released).containsExactly(true, false, true, false);
        assertThat(progress.modules().get(1).locked()).isEqualTo(CourseProgress.Locked.NOT_YET_OPEN);
        assertThat(progress.modules().get(3).opensOn()).isEqualTo(LocalDate.of(2026, 11, 11));
        assertThat(progress.lesson(21)).map(LessonProgress::released).contains(false);
    }

    @Test
    void aModuleWithAPrerequisiteOpensWhenThatModuleIsDone() {
        PublishedCourse course = course(
                module(1, null, ModuleOpening.AT_ONCE, null, null, lesson(11, 1, true, 5), lesson(12, 1, false, 5)),
                module(2, 1L, ModuleOpening.AT_ONCE, null, null, lesson(21, 2, true, 5)));

        CourseProgress before = new CourseProgress(course, Map.of(11L, IN_PROGRESS), ENROLLED, TODAY, false);
        CourseProgress after = new CourseProgress(course, Map.of(11L, COMPLETE), ENROLLED, TODAY, false);

        assertThat(before.modules().get(1).released()).isFalse();
        assertThat(before.modules().get(1).locked()).isEqualTo(CourseProgress.Locked.PREREQUISITE);
        assertThat(before.next(12)).isEmpty();
        assertThat(after.modules().get(1).released()).isTrue();
        assertThat(after.next(12)).map(l -> l.lesson().lessonId()).contains(21L);
    }

    @Test
    void completionNeverGoesBackWhenANewRequiredLessonIsPublishedItShowsAsNew() {
        PublishedCourse revised = course(module(1, null, ModuleOpening.AT_ONCE, null, null,
                lesson(11, 1, true, 10), lesson(13, 1, true, 15)));

        CourseProgress progress = new CourseProgress(revised, Map.of(11L, COMPLETE), ENROLLED, TODAY, true);

        assertThat(progress.completed()).isTrue();
        assertThat(progress.percent()).isEqualTo(50);
        assertThat(progress.lesson(13)).map(LessonProgress::isNew).contains(true);
        assertThat(progress.lesson(11)).map(LessonProgress::isNew).contains(false);
        assertThat(new CourseProgress(revised, Map.of(11L, COMPLETE), ENROLLED, TODAY, false).lesson(13))
                .map(LessonProgress::isNew).contains(false);
    }

    @Test
    void nextAndPreviousFollowCourseOrderAcrossModules() {
        PublishedCourse course = course(
                module(1, null, ModuleOpening.AT_ONCE, null, null, lesson(11, 1, true, 5), lesson(12, 1, true, 5)),
                module(2, null, ModuleOpening.AT_ONCE, null, null, lesson(21, 2, true, 5)));
        CourseProgress progress = new CourseProgress(course, Map.of(), ENROLLED, TODAY, false);

        assertThat(progress.next(12)).map(l -> l.lesson().lessonId()).contains(21L);
        assertThat(progress.previous(21)).map(l -> l.lesson().lessonId()).contains(12L);
        assertThat(progress.previous(11)).isEmpty();
        assertThat(progress.next(21)).isEmpty();
    }

    @Test
    void continuingResumesTheLastLessonOrTheFirstNotComplete() {
        PublishedCourse course = course(
                module(1, null, ModuleOpening.AT_ONCE, null, null, lesson(11, 1, true, 5), lesson(12, 1, true, 5)),
                module(2, null, ModuleOpening.AT_ONCE, null, null, lesson(21, 2, true, 5)));

        assertThat(new CourseProgress(course, Map.of(), ENROLLED, TODAY, false).resume(null))
                .map(l -> l.lesson().lessonId()).contains(11L);
        assertThat(new CourseProgress(course, Map.of(11L, COMPLETE, 12L, IN_PROGRESS), ENROLLED, TODAY, false).resume(12L))
                .map(l -> l.lesson().lessonId()).contains(12L);
        assertThat(new CourseProgress(course, Map.of(11L, COMPLETE, 12L, COMPLETE), ENROLLED, TODAY, false).resume(12L))
                .map(l -> l.lesson().lessonId()).contains(21L);
        assertThat(new CourseProgress(course, Map.of(11L, COMPLETE), ENROLLED, TODAY, false).resume(999L))
                .map(l -> l.lesson().lessonId()).contains(12L);
    }

    static PublishedCourse course(Module... modules) {
        return new PublishedCourse(1, 100, 1, ENGLISH, Set.of(ENGLISH, FRENCH), Map.of(ENGLISH, "Course"), Map.of(),
                Map.of(), Set.of(), 60, "CIFAL-DURBAN", CourseFormat.SELF_PACED, EnrolmentPolicy.OPEN, null, null,
                "owner", Set.of(), List.of(modules));
    }

    static Module module(long id, Long prerequisite, ModuleOpening opening, LocalDate opensOn, Integer days, Lesson... lessons) {
        return new Module(id, Map.of(ENGLISH, "Module " + id), Map.of(), prerequisite, opening, opensOn, days, List.of(lessons));
    }

    static Lesson lesson(long id, long module, boolean required, int minutes) {
        return new Lesson(id, module, LessonKind.PAGE, Map.of(ENGLISH, "Lesson " + id), Map.of(ENGLISH, "<p>Text</p>"),
                minutes, required, CompletionRule.ON_VIEW, null, List.of());
    }
}
