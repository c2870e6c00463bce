package org.unitar.learning.catalogue;

import org.junit.jupiter.api.Test;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unitar.learning.shared.i18n.ContentLanguage.ENGLISH;
import static org.unitar.learning.shared.i18n.ContentLanguage.FRENCH;
import static org.unitar.learning.shared.i18n.ContentLanguage.SPANISH;

class CourseTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T08:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant WEDNESDAY = Instant.parse("2026-12-02T08:00:00Z");

    private static final Actor OWNER = new Actor("trainer-aminata", true, false);
    private static final Actor OTHER_TRAINER = new Actor("trainer-jorge", true, false);
    private static final Actor ADMINISTRATOR = new Actor("admin-li", false, true);
    private static final Actor LEARNER = new Actor("learner-sam", false, false);

    private long nextId = 1_000;

    // --- who may do what -------------------------------------------------------------------------------------------

    @Test
    void onlyTrainersAndAdministratorsCreateCourses() {
        assertThatThrownBy(() -> Course.create(LEARNER, ENGLISH, MONDAY)).isInstanceOf(Forbidden.class);

        Course byTrainer = Course.create(OWNER, FRENCH, MONDAY);
        assertThat(byTrainer.owner()).isEqualTo(OWNER.subject());
        assertThat(byTrainer.status()).isEqualTo(CourseStatus.DRAFT);
        assertThat(byTrainer.defaultLanguage()).isEqualTo(FRENCH);
        assertThat(byTrainer.published()).isEmpty();
        assertThat(byTrainer.hasDraft()).isFalse();

        assertThat(Course.create(ADMINISTRATOR, ENGLISH, MONDAY).owner()).isEqualTo(ADMINISTRATOR.subject());
    }

    @Test
    void theFirstDraftIsWrittenInTheCoursesDefaultLanguageOnlyOnce() {
        Course course = Ids.assign(Course.create(OWNER, FRENCH, MONDAY), 1);
        CourseDetails details = courseDetails(ENGLISH, "Gouvernance des migrations", "Ce que font les villes");

        course.writeFirstDraft(OWNER, details, MONDAY);

        assertThat(course.hasDraft()).isTrue();
        assertThat(course.current().number()).isEqualTo(1);
        assertThat(course.current().details(FRENCH).getTitle()).isEqualTo("Gouvernance des migrations");
        assertThat(course.current().details(ENGLISH).getTitle()).isEmpty();
        assertThat(course.current().languages()).contains(FRENCH);
        assertThatThrownBy(() -> course.writeFirstDraft(OWNER, courseDetails(FRENCH, "Encore", "Encore"), TUESDAY))
                .isInstanceOf(IllegalStateException.class);
        assertThat(course.current().title(FRENCH, FRENCH)).isEqualTo("Gouvernance des migrations");
    }

    @Test
    void theOwnerAndAdministratorsMayEditTheCourseButNoOtherTrainerOrLearner() {
        Course course = newCourse();

        assertThat(course.mayBeEditedBy(OWNER)).isTrue();
        assertThat(course.mayBeEditedBy(new Actor(OWNER.subject(), true, false))).isTrue();
        assertThat(course.mayBeEditedBy(ADMINISTRATOR)).isTrue();
        assertThat(course.mayBeEditedBy(OTHER_TRAINER)).isFalse();
        assertThat(course.mayBeEditedBy(LEARNER)).isFalse();
        assertThat(course.coTrainers()).isEmpty();
    }

    @Test
    void anotherTrainerIsForbiddenEveryChangeAndNothingChanges() {
        Course course = publishedCourse();
        ModuleContent module = course.current().modules().get(0);
        LessonContent lesson = module.lessons().get(0);
        ModuleContent second = addModule(course, OWNER, moduleDetails("Second module"));
        addLesson(course, OWNER, second, page("Second page", "<p>More</p>"));
        course.publish(OWNER, TUESDAY);
        CourseRevision published = course.published().orElseThrow();
        Actor other = OTHER_TRAINER;

        assertThatThrownBy(() -> course.writeFirstDraft(other, courseDetails(ENGLISH, "T", "S"), WEDNESDAY)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> course.update(other, published.number(), published.version(),
                courseDetails(ENGLISH, "Hijacked", "Hijacked"), WEDNESDAY)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> course.draftFor(other, WEDNESDAY)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> course.addModule(other, moduleDetails("Extra"), WEDNESDAY)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> course.editModule(other, module.moduleId(), published.number(), module.version(),
                moduleDetails("Hijacked"), WEDNESDAY)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> course.removeModule(other, second.moduleId(), WEDNESDAY)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> course.moveModule(other, second.moduleId(), 0, WEDNESDAY)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> course.addLesson(other, module.moduleId(), page("Extra", "<p>x</p>"), WEDNESDAY))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> course.editLesson(other, lesson.lessonId(), published.number(), lesson.version(),
                page("Hijacked", "<p>x</p>"), WEDNESDAY)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> course.removeLesson(other, lesson.lessonId(), WEDNESDAY)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> course.moveLesson(other, lesson.lessonId(), second.moduleId(), 0, WEDNESDAY))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> course.publish(other, WEDNESDAY)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> course.discardDraft(other)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> course.archive(other)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> course.restore(other)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> course.publish(LEARNER, WEDNESDAY)).isInstanceOf(Forbidden.class);

        assertThat(course.hasDraft()).isFalse();
        assertThat(course.status()).isEqualTo(CourseStatus.PUBLISHED);
        assertThat(course.published()).containsSame(published);
        assertThat(published.title(ENGLISH, ENGLISH)).isEqualTo("Migration governance");
        assertThat(published.modules()).hasSize(2);
        assertThat(published.modules().get(0).title(ENGLISH, ENGLISH)).isEqualTo("First module");
        assertThat(published.modules().get(0).lessons()).extracting(LessonContent::lessonId).containsExactly(lesson.lessonId());
    }

    @Test
    void anotherTrainerIsForbiddenChangingTheDraftOfACourseNeverPublished() {
        Course course = newCourse();
        ModuleContent module = addModule(course, OWNER, moduleDetails("First module"));
        LessonContent lesson = addLesson(course, OWNER, module, page("Welcome", "<p>Hello</p>"));

        assertThatThrownBy(() -> course.update(OTHER_TRAINER, 1, 0, courseDetails(ENGLISH, "Hijacked", "Hijacked"), TUESDAY))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> course.editLesson(OTHER_TRAINER, lesson.lessonId(), 1, 0, page("Hijacked", "<p>x</p>"), TUESDAY))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> course.removeModule(OTHER_TRAINER, module.moduleId(), TUESDAY)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> course.publish(OTHER_TRAINER, TUESDAY)).isInstanceOf(Forbidden.class);

        assertThat(course.current().title(ENGLISH, ENGLISH)).isEqualTo("Migration governance");
        assertThat(course.current().modules()).hasSize(1);
        assertThat(lesson.title(ENGLISH, ENGLISH)).isEqualTo("Welcome");
        assertThat(course.status()).isEqualTo(CourseStatus.DRAFT);
    }

    @Test
    void anAdministratorMayEditAndPublishSomeoneElsesCourse() {
        Course course = newCourse();
        ModuleContent module = addModule(course, ADMINISTRATOR, moduleDetails("Added by the administrator"));
        addLesson(course, ADMINISTRATOR, module, page("Welcome", "<p>Hello</p>"));
        course.update(ADMINISTRATOR, 1, 0, courseDetails(ENGLISH, "Renamed by the administrator", "Summary"), TUESDAY);

        CourseRevision published = course.publish(ADMINISTRATOR, WEDNESDAY);

        assertThat(published.title(ENGLISH, ENGLISH)).isEqualTo("Renamed by the administrator");
        assertThat(published.publishedBy()).isEqualTo(ADMINISTRATOR.subject());
        assertThat(published.publishedAt()).isEqualTo(WEDNESDAY);
        assertThat(course.owner()).isEqualTo(OWNER.subject());
    }

    // --- texts and translations ------------------------------------------------------------------------------------

    @Test
    void anUpdateWritesTheTextsInItsLanguageAndKeepsTheOtherTranslations() {
        Course course = newCourse();
        CourseDetails english = courseDetails(ENGLISH, "  Migration governance  ", "What cities do");
        english.setLanguages(EnumSet.of(ENGLISH, FRENCH));
        course.update(OWNER, 1, 0, english, TUESDAY);

        CourseDetails french = courseDetails(FRENCH, "Gouvernance des migrations", "Ce que font les villes");
        french.setLanguages(EnumSet.of(ENGLISH, FRENCH));
        french.setDescription("<p>Pour les villes</p>");
        course.update(OWNER, 1, 0, french, WEDNESDAY);

        CourseRevision draft = course.current();
        assertThat(draft.title(ENGLISH, ENGLISH)).isEqualTo("Migration governance");
        assertThat(draft.title(FRENCH, ENGLISH)).isEqualTo("Gouvernance des migrations");
        assertThat(draft.summary(ENGLISH, ENGLISH)).isEqualTo("What cities do");
        assertThat(draft.summary(FRENCH, ENGLISH)).isEqualTo("Ce que font les villes");
        assertThat(draft.description(ENGLISH, ENGLISH)).isEqualTo("<p>About the course</p>");
        assertThat(draft.description(FRENCH, ENGLISH)).isEqualTo("<p>Pour les villes</p>");
        assertThat(draft.title(SPANISH, ENGLISH)).as("falls back").isEqualTo("Migration governance");
        assertThat(draft.details(FRENCH).getTitle()).isEqualTo("Gouvernance des migrations");
        assertThat(draft.details(SPANISH).getTitle()).isEmpty();
        assertThat(draft.languages()).containsExactlyInAnyOrder(ENGLISH, FRENCH);
        assertThat(draft.updatedAt()).isEqualTo(WEDNESDAY);
    }

    @Test
    void theDefaultLanguageIsAlwaysOffered() {
        Course course = newCourse();
        CourseDetails details = courseDetails(ENGLISH, "Migration governance", "What cities do");
        details.setLanguages(EnumSet.of(SPANISH));

        course.update(OWNER, 1, 0, details, TUESDAY);

        assertThat(course.current().languages()).containsExactlyInAnyOrder(ENGLISH, SPANISH);
    }

    @Test
    void untranslatedListsTheLanguagesMissingATitleSummaryModuleTitleLessonTitleOrPageBody() {
        Course course = newCourse();
        CourseDetails english = courseDetails(ENGLISH, "Migration governance", "What cities do");
        english.setLanguages(EnumSet.of(ENGLISH, FRENCH));
        course.update(OWNER, 1, 0, english, TUESDAY);
        ModuleContent module = addModule(course, OWNER, moduleDetails("First module"));
        LessonContent page = addLesson(course, OWNER, module, page("Welcome", "<p>Hello</p>"));
        addLesson(course, OWNER, module, link("Further reading", "https://www.unitar.org/"));
        assertThat(course.current().untranslated()).containsExactly(FRENCH);

        CourseDetails frenchTitleOnly = course.current().details(FRENCH);
        frenchTitleOnly.setTitle("Gouvernance des migrations");
        course.update(OWNER, 1, 0, frenchTitleOnly, TUESDAY);
        assertThat(course.current().untranslated()).as("the French summary is missing").containsExactly(FRENCH);

        CourseDetails french = course.current().details(FRENCH);
        french.setSummary("Ce que font les villes");
        course.update(OWNER, 1, 0, french, TUESDAY);
        assertThat(course.current().untranslated()).as("the module's French title is missing").containsExactly(FRENCH);

        ModuleDetails frenchModule = module.details(FRENCH);
        frenchModule.setTitle("Premier module");
        course.editModule(OWNER, module.moduleId(), 1, module.version(), frenchModule, TUESDAY);
        assertThat(course.current().untranslated()).as("the lesson's French title is missing").containsExactly(FRENCH);

        LessonDetails frenchTitle = page.details(FRENCH);
        frenchTitle.setTitle("Bienvenue");
        course.editLesson(OWNER, page.lessonId(), 1, page.version(), frenchTitle, TUESDAY);
        assertThat(course.current().untranslated()).as("the page's French body is missing").containsExactly(FRENCH);

        LessonDetails frenchBody = page.details(FRENCH);
        frenchBody.setBody("<p>Bonjour</p>");
        course.editLesson(OWNER, page.lessonId(), 1, page.version(), frenchBody, TUESDAY);
        LessonContent link = module.lessons().get(1);
        LessonDetails frenchLink = link.details(FRENCH);
        frenchLink.setTitle("Pour aller plus loin");
        course.editLesson(OWNER, link.lessonId(), 1, link.version(), frenchLink, TUESDAY);

        assertThat(course.current().untranslated()).as("a link needs no body").isEmpty();
        assertThat(page.body(ENGLISH, ENGLISH)).isEqualTo("<p>Hello</p>");
        assertThat(page.body(FRENCH, ENGLISH)).isEqualTo("<p>Bonjour</p>");
        assertThat(page.title(ENGLISH, ENGLISH)).isEqualTo("Welcome");
    }

    // --- edit conflicts --------------------------------------------------------------------------------------------

    @Test
    void anUpdateFromAnotherVersionOfTheRevisionIsRefusedAndChangesNothing() {
        Course course = newCourse();

        assertThatThrownBy(() -> course.update(OWNER, 1, 4, courseDetails(ENGLISH, "Too late", "Too late"), TUESDAY))
                .isInstanceOf(EditConflict.class);

        assertThat(course.current().title(ENGLISH, ENGLISH)).isEqualTo("Migration governance");
        assertThat(course.current().updatedAt()).isEqualTo(MONDAY);
    }

    @Test
    void anUpdateFromAnOlderRevisionIsRefusedAndChangesNothing() {
        Course course = publishedCourse();
        course.update(OWNER, 1, 0, courseDetails(ENGLISH, "First save", "First save"), TUESDAY);
        assertThat(course.current().number()).isEqualTo(2);

        assertThatThrownBy(() -> course.update(ADMINISTRATOR, 1, 0, courseDetails(ENGLISH, "Second save", "Second save"), WEDNESDAY))
                .isInstanceOf(EditConflict.class);

        assertThat(course.current().title(ENGLISH, ENGLISH)).isEqualTo("First save");
        assertThat(course.current().updatedAt()).isEqualTo(TUESDAY);
        assertThat(course.published().orElseThrow().title(ENGLISH, ENGLISH)).isEqualTo("Migration governance");
    }

    @Test
    void aModuleEditFromAnotherRevisionOrVersionIsRefusedAndChangesNothing() {
        Course course = newCourse();
        ModuleContent module = addModule(course, OWNER, moduleDetails("First module"));

        assertThatThrownBy(() -> course.editModule(OWNER, module.moduleId(), 1, module.version() + 1, moduleDetails("Stale"), TUESDAY))
                .isInstanceOf(EditConflict.class);
        assertThatThrownBy(() -> course.editModule(OWNER, module.moduleId(), 2, module.version(), moduleDetails("Stale"), TUESDAY))
                .isInstanceOf(EditConflict.class);
        assertThatThrownBy(() -> course.editModule(OWNER, 999_999, 1, 0, moduleDetails("Gone"), TUESDAY))
                .isInstanceOf(EditConflict.class);

        assertThat(module.title(ENGLISH, ENGLISH)).isEqualTo("First module");
        course.editModule(OWNER, module.moduleId(), 1, module.version(), moduleDetails("Renamed"), TUESDAY);
        assertThat(module.title(ENGLISH, ENGLISH)).isEqualTo("Renamed");
    }

    @Test
    void aLessonEditFromAnotherRevisionOrVersionIsRefusedAndChangesNothing() {
        Course course = publishedCourse();
        LessonContent lesson = course.current().modules().get(0).lessons().get(0);
        course.editLesson(OWNER, lesson.lessonId(), 1, lesson.version(), page("Edited in draft", "<p>New</p>"), TUESDAY);
        LessonContent draftLesson = course.current().lesson(lesson.lessonId()).orElseThrow();

        assertThatThrownBy(() -> course.editLesson(OWNER, lesson.lessonId(), 1, 0, page("Stale", "<p>Stale</p>"), WEDNESDAY))
                .as("opened from the published revision 1 while draft 2 exists").isInstanceOf(EditConflict.class);
        assertThatThrownBy(() -> course.editLesson(OWNER, lesson.lessonId(), 2, draftLesson.version() + 1,
                page("Stale", "<p>Stale</p>"), WEDNESDAY)).isInstanceOf(EditConflict.class);

        assertThat(draftLesson.title(ENGLISH, ENGLISH)).isEqualTo("Edited in draft");
        assertThat(lesson.title(ENGLISH, ENGLISH)).isEqualTo("Welcome");
    }

    // --- modules ---------------------------------------------------------------------------------------------------

    @Test
    void modulesAreAddedAtTheEndOfTheOutline() {
        Course course = newCourse();
        ModuleContent a = addModule(course, OWNER, moduleDetails("A"));
        ModuleContent b = addModule(course, OWNER, moduleDetails("B"));
        ModuleContent c = addModule(course, OWNER, moduleDetails("C"));

        assertThat(course.current().modules()).containsExactly(a, b, c);
        assertThat(a.opening()).isEqualTo(ModuleOpening.AT_ONCE);
        assertThat(a.prerequisite()).isEmpty();
    }

    @Test
    void moveModulePutsItAtTheIndexClampedToTheOutline() {
        Course course = newCourse();
        ModuleContent a = addModule(course, OWNER, moduleDetails("A"));
        ModuleContent b = addModule(course, OWNER, moduleDetails("B"));
        ModuleContent c = addModule(course, OWNER, moduleDetails("C"));

        course.moveModule(OWNER, c.moduleId(), 0, TUESDAY);
        assertThat(titles(course.current().modules())).containsExactly("C", "A", "B");

        course.moveModule(OWNER, c.moduleId(), 99, TUESDAY);
        assertThat(titles(course.current().modules())).containsExactly("A", "B", "C");

        course.moveModule(OWNER, b.moduleId(), -3, TUESDAY);
        assertThat(titles(course.current().modules())).containsExactly("B", "A", "C");

        course.moveModule(OWNER, b.moduleId(), 1, TUESDAY);
        assertThat(titles(course.current().modules())).containsExactly("A", "B", "C");
        assertThat(course.current().modules()).containsExactly(a, b, c);
    }

    @Test
    void aModuleRequiredByAnotherCannotBeRemoved() {
        Course course = newCourse();
        ModuleContent basics = addModule(course, OWNER, moduleDetails("Basics"));
        ModuleContent advanced = addModule(course, OWNER, moduleDetails("Advanced", basics.moduleId()));

        assertThatThrownBy(() -> course.removeModule(OWNER, basics.moduleId(), TUESDAY))
                .isInstanceOfSatisfying(StructureRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("author_course_outline.requiredByAnother"));
        assertThat(course.current().modules()).containsExactly(basics, advanced);

        course.removeModule(OWNER, advanced.moduleId(), TUESDAY);
        course.removeModule(OWNER, basics.moduleId(), TUESDAY);
        assertThat(course.current().modules()).isEmpty();
    }

    @Test
    void removingAModuleRemovesItsLessons() {
        Course course = newCourse();
        ModuleContent module = addModule(course, OWNER, moduleDetails("Basics"));
        LessonContent lesson = addLesson(course, OWNER, module, page("Welcome", "<p>Hi</p>"));

        course.removeModule(OWNER, module.moduleId(), TUESDAY);

        assertThat(course.current().module(module.moduleId())).isEmpty();
        assertThat(course.current().lesson(lesson.lessonId())).isEmpty();
        assertThatThrownBy(() -> course.removeLesson(OWNER, lesson.lessonId(), TUESDAY)).isInstanceOf(Forbidden.class);
    }

    @Test
    void aModuleCannotBeMovedBeforeItsPrerequisite() {
        Course course = newCourse();
        ModuleContent basics = addModule(course, OWNER, moduleDetails("Basics"));
        ModuleContent other = addModule(course, OWNER, moduleDetails("Other"));
        ModuleContent advanced = addModule(course, OWNER, moduleDetails("Advanced", basics.moduleId()));

        assertThatThrownBy(() -> course.moveModule(OWNER, advanced.moduleId(), 0, TUESDAY))
                .isInstanceOfSatisfying(StructureRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("author_course_outline.prerequisiteOrder"));
        assertThatThrownBy(() -> course.moveModule(OWNER, basics.moduleId(), 2, TUESDAY))
                .as("nor the prerequisite after the module that requires it").isInstanceOf(StructureRefused.class);
        assertThat(course.current().modules()).containsExactly(basics, other, advanced);

        course.moveModule(OWNER, advanced.moduleId(), 1, TUESDAY);
        assertThat(course.current().modules()).containsExactly(basics, advanced, other);
    }

    @Test
    void thePrerequisiteMustBeAnEarlierModuleOfTheCourse() {
        Course course = newCourse();
        ModuleContent first = addModule(course, OWNER, moduleDetails("First"));
        ModuleContent second = addModule(course, OWNER, moduleDetails("Second"));

        assertThatThrownBy(() -> course.addModule(OWNER, moduleDetails("Third", 424_242L), TUESDAY))
                .isInstanceOfSatisfying(InputRefused.class, e -> {
                    assertThat(e.field()).isEqualTo("prerequisite");
                    assertThat(e.messageKey()).isEqualTo("author_course_module.prerequisiteNotEarlier");
                });
        assertThat(course.current().modules()).containsExactly(first, second);

        assertThatThrownBy(() -> course.editModule(OWNER, first.moduleId(), 1, first.version(),
                moduleDetails("First", second.moduleId()), TUESDAY))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.field()).isEqualTo("prerequisite"));
        assertThatThrownBy(() -> course.editModule(OWNER, second.moduleId(), 1, second.version(),
                moduleDetails("Second", second.moduleId()), TUESDAY))
                .as("not itself").isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.field()).isEqualTo("prerequisite"));
        assertThat(first.prerequisite()).isEmpty();
        assertThat(second.prerequisite()).isEmpty();

        course.editModule(OWNER, second.moduleId(), 1, second.version(), moduleDetails("Second", first.moduleId()), TUESDAY);
        assertThat(second.prerequisite()).contains(first.moduleId());
        assertThat(second.details(ENGLISH).getPrerequisite()).isEqualTo(first.moduleId());
    }

    @Test
    void aModuleOpeningOnADateNeedsTheDateAndOneAfterEnrolmentTheDays() {
        Course course = newCourse();
        ModuleDetails onDate = moduleDetails("Week 2");
        onDate.setOpening(ModuleOpening.ON_DATE);
        ModuleDetails afterDays = moduleDetails("Week 3");
        afterDays.setOpening(ModuleOpening.DAYS_AFTER_ENROLMENT);

        assertThatThrownBy(() -> course.addModule(OWNER, onDate, TUESDAY))
                .isInstanceOfSatisfying(InputRefused.class, e -> {
                    assertThat(e.field()).isEqualTo("opensOn");
                    assertThat(e.messageKey()).isEqualTo("author_course_module.opensOnRequired");
                });
        assertThatThrownBy(() -> course.addModule(OWNER, afterDays, TUESDAY))
                .isInstanceOfSatisfying(InputRefused.class, e -> {
                    assertThat(e.field()).isEqualTo("opensAfterDays");
                    assertThat(e.messageKey()).isEqualTo("author_course_module.daysRequired");
                });
        assertThat(course.current().modules()).isEmpty();

        onDate.setOpensOn(LocalDate.of(2027, 1, 11));
        onDate.setOpensAfterDays(7);
        ModuleContent dated = addModule(course, OWNER, onDate);
        assertThat(dated.opening()).isEqualTo(ModuleOpening.ON_DATE);
        assertThat(dated.opensOn()).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(dated.opensAfterDays()).as("only the chosen rule's value is kept").isNull();

        afterDays.setOpensAfterDays(14);
        ModuleContent delayed = addModule(course, OWNER, afterDays);
        assertThat(delayed.opensAfterDays()).isEqualTo(14);
        assertThat(delayed.opensOn()).isNull();

        ModuleDetails noDate = dated.details(ENGLISH);
        noDate.setOpensOn(null);
        assertThatThrownBy(() -> course.editModule(OWNER, dated.moduleId(), 1, dated.version(), noDate, TUESDAY))
                .isInstanceOf(InputRefused.class);
        assertThat(dated.opensOn()).isEqualTo(LocalDate.of(2027, 1, 11));
    }

    // --- lessons ---------------------------------------------------------------------------------------------------

    @Test
    void lessonsAreAddedAtTheEndOfTheirModuleAndMoveWithinIt() {
        Course course = newCourse();
        ModuleContent module = addModule(course, OWNER, moduleDetails("Module"));
        LessonContent one = addLesson(course, OWNER, module, page("One", "<p>1</p>"));
        LessonContent two = addLesson(course, OWNER, module, page("Two", "<p>2</p>"));
        LessonContent three = addLesson(course, OWNER, module, page("Three", "<p>3</p>"));
        assertThat(module.lessons()).containsExactly(one, two, three);

        course.moveLesson(OWNER, one.lessonId(), module.moduleId(), 2, TUESDAY);
        assertThat(module.lessons()).containsExactly(two, three, one);

        course.moveLesson(OWNER, one.lessonId(), module.moduleId(), -1, TUESDAY);
        assertThat(module.lessons()).containsExactly(one, two, three);

        course.moveLesson(OWNER, two.lessonId(), module.moduleId(), 50, TUESDAY);
        assertThat(module.lessons()).containsExactly(one, three, two);
    }

    @Test
    void aLessonMovedToAnotherModuleKeepsItsIdentity() {
        Course course = newCourse();
        ModuleContent from = addModule(course, OWNER, moduleDetails("From"));
        ModuleContent to = addModule(course, OWNER, moduleDetails("To"));
        LessonContent staying = addLesson(course, OWNER, from, page("Staying", "<p>s</p>"));
        LessonContent moving = addLesson(course, OWNER, from, link("Moving", "https://www.unitar.org/"));
        LessonContent already = addLesson(course, OWNER, to, page("Already there", "<p>a</p>"));
        Lesson identity = identityOf(moving);

        course.moveLesson(OWNER, moving.lessonId(), to.moduleId(), 0, TUESDAY);

        assertThat(from.lessons()).containsExactly(staying);
        assertThat(to.lessons()).hasSize(2);
        LessonContent moved = to.lessons().get(0);
        assertThat(to.lessons().get(1)).isSameAs(already);
        assertThat(identityOf(moved)).isSameAs(identity);
        assertThat(moved.lessonId()).isEqualTo(identity.id());
        assertThat(moved.module()).isSameAs(to);
        assertThat(moved.kind()).isEqualTo(LessonKind.LINK);
        assertThat(moved.title(ENGLISH, ENGLISH)).isEqualTo("Moving");
        assertThat(moved.url()).isEqualTo("https://www.unitar.org/");
        assertThat(course.current().lesson(identity.id())).containsSame(moved);
    }

    @Test
    void aLessonIsRemovedFromItsModule() {
        Course course = newCourse();
        ModuleContent module = addModule(course, OWNER, moduleDetails("Module"));
        LessonContent one = addLesson(course, OWNER, module, page("One", "<p>1</p>"));
        LessonContent two = addLesson(course, OWNER, module, page("Two", "<p>2</p>"));

        course.removeLesson(OWNER, one.lessonId(), TUESDAY);

        assertThat(module.lessons()).containsExactly(two);
        assertThat(course.current().lesson(one.lessonId())).isEmpty();
    }

    @Test
    void aLinkLessonNeedsAWebAddress() {
        Course course = newCourse();
        ModuleContent module = addModule(course, OWNER, moduleDetails("Module"));

        assertThatThrownBy(() -> course.addLesson(OWNER, module.moduleId(), link("No address", null), TUESDAY))
                .isInstanceOfSatisfying(InputRefused.class, e -> {
                    assertThat(e.field()).isEqualTo("url");
                    assertThat(e.messageKey()).isEqualTo("author_course_lesson.urlRequired");
                });
        for (String notWeb : List.of("javascript:alert(1)", "ftp://files.unitar.org/a.pdf", "www.unitar.org", "mailto:a@unitar.org")) {
            assertThatThrownBy(() -> course.addLesson(OWNER, module.moduleId(), link("Bad", notWeb), TUESDAY))
                    .as(notWeb)
                    .isInstanceOfSatisfying(InputRefused.class, e -> {
                        assertThat(e.field()).isEqualTo("url");
                        assertThat(e.messageKey()).isEqualTo("author_course_lesson.urlInvalid");
                    });
        }
        assertThat(module.lessons()).isEmpty();

        LessonContent ok = addLesson(course, OWNER, module, link("UNITAR", "  http://www.unitar.org/courses  "));
        assertThat(ok.url()).isEqualTo("http://www.unitar.org/courses");
        assertThat(ok.kind()).isEqualTo(LessonKind.LINK);
    }

    @Test
    void aVideoLessonStoresThePlayerAddressOfAnAllowedHostOnly() {
        Course course = newCourse();
        ModuleContent module = addModule(course, OWNER, moduleDetails("Module"));

        LessonContent youtube = addLesson(course, OWNER, module, video("YouTube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42"));
        LessonContent vimeo = addLesson(course, OWNER, module, video("Vimeo", "https://vimeo.com/76979871"));
        assertThat(youtube.url()).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        assertThat(vimeo.url()).isEqualTo("https://player.vimeo.com/video/76979871");

        assertThatThrownBy(() -> course.addLesson(OWNER, module.moduleId(), video("Elsewhere", "https://videos.example.org/v/1"), TUESDAY))
                .isInstanceOfSatisfying(InputRefused.class, e -> {
                    assertThat(e.field()).isEqualTo("url");
                    assertThat(e.messageKey()).isEqualTo("author_course_lesson.embedNotAllowed");
                });
        assertThat(module.lessons()).containsExactly(youtube, vimeo);

        LessonDetails resaved = youtube.details(FRENCH);
        resaved.setTitle("YouTube (fr)");
        course.editLesson(OWNER, youtube.lessonId(), 1, youtube.version(), resaved, TUESDAY);
        assertThat(youtube.url()).as("the stored player address is accepted again").isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
    }

    @Test
    void completionAtTheVideoEndIsOnlyForAnUploadedVideo() {
        Course course = newCourse();
        ModuleContent module = addModule(course, OWNER, moduleDetails("Module"));
        LessonDetails pageAtEnd = page("Page", "<p>x</p>");
        pageAtEnd.setCompletion(CompletionRule.VIDEO_END);
        LessonDetails embedAtEnd = video("Embed", "https://youtu.be/dQw4w9WgXcQ");
        embedAtEnd.setCompletion(CompletionRule.VIDEO_END);

        assertThatThrownBy(() -> course.addLesson(OWNER, module.moduleId(), pageAtEnd, TUESDAY))
                .isInstanceOfSatisfying(InputRefused.class, e -> {
                    assertThat(e.field()).isEqualTo("completion");
                    assertThat(e.messageKey()).isEqualTo("author_course_lesson.videoEndOnlyForVideo");
                });
        assertThatThrownBy(() -> course.addLesson(OWNER, module.moduleId(), embedAtEnd, TUESDAY))
                .isInstanceOfSatisfying(InputRefused.class, e -> {
                    assertThat(e.field()).isEqualTo("completion");
                    assertThat(e.messageKey()).isEqualTo("author_course_lesson.videoEndNeedsUpload");
                });
        assertThat(module.lessons()).isEmpty();

        LessonDetails uploadAtEnd = video("Upload", null);
        uploadAtEnd.setCompletion(CompletionRule.VIDEO_END);
        LessonContent upload = addLesson(course, OWNER, module, uploadAtEnd);
        assertThat(upload.completion()).isEqualTo(CompletionRule.VIDEO_END);
        assertThat(upload.url()).isNull();
    }

    @Test
    void aLessonBodyIsSanitisedAndExpressionLanguageStaysText() {
        Course course = newCourse();
        ModuleContent module = addModule(course, OWNER, moduleDetails("Module"));

        LessonContent lesson = addLesson(course, OWNER, module, page("Page",
                "<p onclick=\"steal()\">Hello <a href=\"javascript:alert(1)\">there</a></p>"
                        + "<script>alert('x')</script><p>Total: #{7*7} and ${applicationScope}</p>"));

        String body = lesson.body(ENGLISH, ENGLISH);
        assertThat(body).doesNotContainIgnoringCase("script")
                .doesNotContainIgnoringCase("onclick")
                .doesNotContainIgnoringCase("javascript:")
                .doesNotContain("alert")
                .contains("Hello", "there")
                .contains("#{7*7}")
                .contains("${applicationScope}")
                .doesNotContain("49");
    }

    // --- publishing ------------------------------------------------------------------------------------------------

    @Test
    void aCourseWithoutModulesIsNotPublishedAndNothingChanges() {
        Course course = newCourse();

        assertThatThrownBy(() -> course.publish(OWNER, TUESDAY))
                .isInstanceOfSatisfying(PublishRefused.class,
                        e -> assertThat(e.problems()).containsExactly("author_course_outline.problem.noModule"));

        assertThat(course.status()).isEqualTo(CourseStatus.DRAFT);
        assertThat(course.hasDraft()).isTrue();
        assertThat(course.published()).isEmpty();
        assertThat(course.current().publishedAt()).isNull();
    }

    @Test
    void aDraftIsNotPublishedWhileAModuleIsEmptyOrALessonLacksItsContent() {
        Course course = newCourse();
        addModule(course, OWNER, moduleDetails("Empty"));
        ModuleContent full = addModule(course, OWNER, moduleDetails("Full"));
        addLesson(course, OWNER, full, page("Blank page", "<p></p>"));
        addLesson(course, OWNER, full, video("Video to come", null));
        LessonDetails document = page("Document", null);
        document.setKind(LessonKind.DOCUMENT);
        addLesson(course, OWNER, full, document);
        addLesson(course, OWNER, full, link("Good link", "https://www.unitar.org/"));

        assertThatThrownBy(() -> course.publish(OWNER, TUESDAY))
                .isInstanceOfSatisfying(PublishRefused.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "author_course_outline.problem.emptyModule",
                        "author_course_outline.problem.pageEmpty",
                        "author_course_outline.problem.videoMissing",
                        "author_course_outline.problem.documentMissing"));

        assertThat(course.status()).isEqualTo(CourseStatus.DRAFT);
        assertThat(course.published()).isEmpty();
        assertThat(course.hasDraft()).isTrue();
    }

    @Test
    void aPageWhoseBodyIsAnEditorsEmptyParagraphIsNotPublished() {
        Course course = newCourse();
        ModuleContent module = addModule(course, OWNER, moduleDetails("Module"));
        LessonContent blank = addLesson(course, OWNER, module, page("Blank page", "<p>&nbsp;</p>"));

        assertThat(blank.body(ENGLISH, ENGLISH)).as("no body is stored").isEmpty();
        assertThatThrownBy(() -> course.publish(OWNER, TUESDAY))
                .isInstanceOfSatisfying(PublishRefused.class,
                        e -> assertThat(e.problems()).containsExactly("author_course_outline.problem.pageEmpty"));
        assertThat(course.published()).isEmpty();
    }

    @Test
    void aPageWithoutBodyIsTheOnlyProblemReported() {
        Course course = newCourse();
        ModuleContent module = addModule(course, OWNER, moduleDetails("Module"));
        addLesson(course, OWNER, module, page("Blank page", "<script>only a script</script>"));

        assertThatThrownBy(() -> course.publish(OWNER, TUESDAY))
                .isInstanceOfSatisfying(PublishRefused.class,
                        e -> assertThat(e.problems()).containsExactly("author_course_outline.problem.pageEmpty"));
    }

    @Test
    void aGoodDraftIsPublishedWhole() {
        Course course = newCourse();
        ModuleContent module = addModule(course, OWNER, moduleDetails("First module"));
        addLesson(course, OWNER, module, page("Welcome", "<p>Hello</p>"));
        CourseRevision draft = course.current();

        CourseRevision published = course.publish(OWNER, TUESDAY);

        assertThat(published).isSameAs(draft);
        assertThat(course.status()).isEqualTo(CourseStatus.PUBLISHED);
        assertThat(course.published()).containsSame(draft);
        assertThat(course.hasDraft()).isFalse();
        assertThat(course.current()).isSameAs(draft);
        assertThat(published.number()).isEqualTo(1);
        assertThat(published.publishedAt()).isEqualTo(TUESDAY);
        assertThat(published.publishedBy()).isEqualTo(OWNER.subject());
        assertThatThrownBy(() -> course.publish(OWNER, WEDNESDAY))
                .as("nothing new to publish")
                .isInstanceOfSatisfying(PublishRefused.class,
                        e -> assertThat(e.problems()).containsExactly("author_course_outline.problem.nothingToPublish"));
    }

    @Test
    void editingAPublishedCourseWorksOnACopyThatSharesTheModuleAndLessonIdentities() {
        Course course = publishedCourse();
        CourseRevision published = course.published().orElseThrow();
        ModuleContent publishedModule = published.modules().get(0);
        LessonContent publishedLesson = publishedModule.lessons().get(0);

        course.update(OWNER, 1, published.version(), courseDetails(ENGLISH, "Migration governance, 2nd edition", "New"), TUESDAY);

        CourseRevision draft = course.current();
        assertThat(draft).isNotSameAs(published);
        assertThat(draft.number()).isEqualTo(2);
        assertThat(course.hasDraft()).isTrue();
        assertThat(course.published()).containsSame(published);
        assertThat(draft.title(ENGLISH, ENGLISH)).isEqualTo("Migration governance, 2nd edition");
        assertThat(published.title(ENGLISH, ENGLISH)).isEqualTo("Migration governance");
        assertThat(published.summary(ENGLISH, ENGLISH)).isEqualTo("What cities do");

        ModuleContent draftModule = draft.modules().get(0);
        LessonContent draftLesson = draftModule.lessons().get(0);
        assertThat(draftModule).isNotSameAs(publishedModule);
        assertThat(draftLesson).isNotSameAs(publishedLesson);
        assertThat(draftModule.identity()).isSameAs(publishedModule.identity());
        assertThat(draftModule.moduleId()).isEqualTo(publishedModule.moduleId());
        assertThat(identityOf(draftLesson)).isSameAs(identityOf(publishedLesson));
        assertThat(draftLesson.lessonId()).isEqualTo(publishedLesson.lessonId());

        course.editModule(OWNER, draftModule.moduleId(), 2, draftModule.version(), moduleDetails("Renamed module"), TUESDAY);
        course.editLesson(OWNER, draftLesson.lessonId(), 2, draftLesson.version(), page("Renamed lesson", "<p>New body</p>"), TUESDAY);
        ModuleContent added = addModule(course, OWNER, moduleDetails("Added module"));
        course.moveModule(OWNER, added.moduleId(), 0, TUESDAY);

        assertThat(publishedModule.title(ENGLISH, ENGLISH)).isEqualTo("First module");
        assertThat(publishedLesson.title(ENGLISH, ENGLISH)).isEqualTo("Welcome");
        assertThat(publishedLesson.body(ENGLISH, ENGLISH)).isEqualTo("<p>Hello</p>");
        assertThat(published.modules()).containsExactly(publishedModule);
        assertThat(draftModule.title(ENGLISH, ENGLISH)).isEqualTo("Renamed module");
        assertThat(draftLesson.title(ENGLISH, ENGLISH)).isEqualTo("Renamed lesson");

        course.removeLesson(OWNER, draftLesson.lessonId(), TUESDAY);
        assertThat(publishedModule.lessons()).containsExactly(publishedLesson);
    }

    @Test
    void aModuleEditOnAPublishedCourseStartsTheDraftAndLeavesThePublishedModuleAlone() {
        Course course = publishedCourse();
        CourseRevision published = course.published().orElseThrow();
        ModuleContent publishedModule = published.modules().get(0);

        course.editModule(OWNER, publishedModule.moduleId(), 1, publishedModule.version(), moduleDetails("Renamed"), TUESDAY);

        assertThat(course.current().number()).isEqualTo(2);
        assertThat(course.current().module(publishedModule.moduleId()).orElseThrow().title(ENGLISH, ENGLISH)).isEqualTo("Renamed");
        assertThat(publishedModule.title(ENGLISH, ENGLISH)).isEqualTo("First module");
    }

    @Test
    void publishingAgainMakesTheSecondRevisionWhatLearnersSee() {
        Course course = publishedCourse();
        CourseRevision first = course.published().orElseThrow();
        course.update(OWNER, 1, first.version(), courseDetails(ENGLISH, "Second edition", "New"), TUESDAY);

        CourseRevision second = course.publish(OWNER, WEDNESDAY);

        assertThat(second.number()).isEqualTo(2);
        assertThat(course.published()).containsSame(second);
        assertThat(course.hasDraft()).isFalse();
        assertThat(course.status()).isEqualTo(CourseStatus.PUBLISHED);
        assertThat(second.title(ENGLISH, ENGLISH)).isEqualTo("Second edition");
        assertThat(first.title(ENGLISH, ENGLISH)).as("kept for the history").isEqualTo("Migration governance");
        assertThat(first.publishedAt()).isEqualTo(MONDAY);
        assertThat(second.modules().get(0).identity()).isSameAs(first.modules().get(0).identity());

        course.update(OWNER, 2, second.version(), courseDetails(ENGLISH, "Third edition", "New"), WEDNESDAY);
        assertThat(course.current().number()).isEqualTo(3);
    }

    @Test
    void discardingTheDraftKeepsThePublishedRevision() {
        Course course = publishedCourse();
        CourseRevision published = course.published().orElseThrow();
        course.update(OWNER, 1, published.version(), courseDetails(ENGLISH, "Unwanted change", "Unwanted"), TUESDAY);
        CourseRevision draft = course.current();

        CourseRevision dropped = course.discardDraft(OWNER);

        assertThat(dropped).isSameAs(draft);
        assertThat(course.hasDraft()).isFalse();
        assertThat(course.current()).isSameAs(published);
        assertThat(course.published()).containsSame(published);
        assertThat(course.current().title(ENGLISH, ENGLISH)).isEqualTo("Migration governance");
        assertThatThrownBy(() -> course.discardDraft(OWNER))
                .isInstanceOfSatisfying(StructureRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("author_course_outline.nothingToDiscard"));
    }

    @Test
    void theFirstDraftOfACourseCannotBeDiscarded() {
        Course course = newCourse();

        assertThatThrownBy(() -> course.discardDraft(OWNER)).isInstanceOf(StructureRefused.class);

        assertThat(course.hasDraft()).isTrue();
    }

    @Test
    void onlyAPublishedCourseIsArchivedAndOnlyAnArchivedOneRestored() {
        Course draftOnly = newCourse();
        assertThatThrownBy(() -> draftOnly.archive(OWNER))
                .isInstanceOfSatisfying(StructureRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("author_course_outline.onlyPublishedArchived"));
        assertThat(draftOnly.status()).isEqualTo(CourseStatus.DRAFT);

        Course course = publishedCourse();
        assertThatThrownBy(() -> course.restore(OWNER))
                .isInstanceOfSatisfying(StructureRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("author_course_outline.onlyArchivedRestored"));

        course.archive(OWNER);
        assertThat(course.status()).isEqualTo(CourseStatus.ARCHIVED);
        assertThat(course.published()).isPresent();
        assertThatThrownBy(() -> course.archive(OWNER)).isInstanceOf(StructureRefused.class);

        course.restore(ADMINISTRATOR);
        assertThat(course.status()).isEqualTo(CourseStatus.PUBLISHED);
        assertThatThrownBy(() -> course.restore(OWNER)).isInstanceOf(StructureRefused.class);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /** A course as the service creates it: stored (so it has an id), then given its first draft. */
    private Course newCourse() {
        Course course = Ids.assign(Course.create(OWNER, ENGLISH, MONDAY), nextId++);
        course.writeFirstDraft(OWNER, courseDetails(ENGLISH, "Migration governance", "What cities do"), MONDAY);
        return course;
    }

    /** A course published on Monday: one module ("First module") with one page ("Welcome"). */
    private Course publishedCourse() {
        Course course = newCourse();
        ModuleContent module = addModule(course, OWNER, moduleDetails("First module"));
        addLesson(course, OWNER, module, page("Welcome", "<p>Hello</p>"));
        course.publish(OWNER, MONDAY);
        return course;
    }

    private ModuleContent addModule(Course course, Actor actor, ModuleDetails details) {
        ModuleContent module = course.addModule(actor, details, TUESDAY);
        Ids.assign(module.identity(), nextId++);
        return module;
    }

    private LessonContent addLesson(Course course, Actor actor, ModuleContent module, LessonDetails details) {
        LessonContent lesson = course.addLesson(actor, module.moduleId(), details, TUESDAY);
        Ids.assign(identityOf(lesson), nextId++);
        return lesson;
    }

    private static Lesson identityOf(LessonContent content) {
        try {
            Field field = LessonContent.class.getDeclaredField("lesson");
            field.setAccessible(true);
            return (Lesson) field.get(content);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> titles(List<ModuleContent> modules) {
        return modules.stream().map(m -> m.title(ENGLISH, ENGLISH)).toList();
    }

    private static CourseDetails courseDetails(ContentLanguage language, String title, String summary) {
        CourseDetails details = new CourseDetails();
        details.setLanguage(language);
        details.setLanguages(EnumSet.of(ENGLISH));
        details.setTitle(title);
        details.setSummary(summary);
        details.setDescription("<p>About the course</p>");
        details.setTopics(EnumSet.of(Topic.MIGRATION_GOVERNANCE));
        details.setSdgs(Set.of(10, 11));
        details.setEstimatedMinutes(90);
        details.setCifalCentre("DAKAR");
        return details;
    }

    private static ModuleDetails moduleDetails(String title) {
        ModuleDetails details = new ModuleDetails();
        details.setTitle(title);
        details.setSummary("About " + title);
        return details;
    }

    private static ModuleDetails moduleDetails(String title, long prerequisite) {
        ModuleDetails details = moduleDetails(title);
        details.setPrerequisite(prerequisite);
        return details;
    }

    private static LessonDetails page(String title, String body) {
        LessonDetails details = new LessonDetails();
        details.setKind(LessonKind.PAGE);
        details.setTitle(title);
        details.setBody(body);
        return details;
    }

    private static LessonDetails link(String title, String url) {
        LessonDetails details = page(title, null);
        details.setKind(LessonKind.LINK);
        details.setUrl(url);
        return details;
    }

    private static LessonDetails video(String title, String url) {
        LessonDetails details = page(title, null);
        details.setKind(LessonKind.VIDEO);
        details.setUrl(url);
        return details;
    }
}
