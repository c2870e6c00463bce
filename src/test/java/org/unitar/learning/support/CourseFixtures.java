package org.unitar.learning.support;

import org.unitar.learning.catalogue.CompletionRule;
import org.unitar.learning.catalogue.CourseDetails;
import org.unitar.learning.catalogue.CourseFormat;
import org.unitar.learning.catalogue.EnrolmentPolicy;
import org.unitar.learning.catalogue.LessonDetails;
import org.unitar.learning.catalogue.LessonKind;
import org.unitar.learning.catalogue.ModuleDetails;
import org.unitar.learning.catalogue.Topic;
import org.unitar.learning.catalogue.service.CourseAuthoring;
import org.unitar.learning.shared.security.Actor;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static org.unitar.learning.shared.i18n.ContentLanguage.ENGLISH;

/**
 * What in-container tests need of a course: valid details, in English, self-paced and open (tests change the rest),
 * or a whole published course of one page.
 */
public final class CourseFixtures {

    private CourseFixtures() {
    }

    /** Details of a course titled {@code title} followed by a random suffix (titles stay unique across tests). */
    public static CourseDetails details(String title, int minutes) {
        CourseDetails details = new CourseDetails();
        details.setLanguage(ENGLISH);
        details.setLanguages(EnumSet.of(ENGLISH));
        details.setTitle(title + " " + UUID.randomUUID().toString().substring(0, 8));
        details.setSummary("Who does what when people arrive");
        details.setDescription("<p>How cities organise reception</p>");
        details.setTopics(EnumSet.of(Topic.INTEGRATION_SOCIAL_COHESION));
        details.setSdgs(Set.of(11));
        details.setGcmObjectives(Set.of(16));
        details.setEstimatedMinutes(minutes);
        details.setCifalCentre("CIFAL-DURBAN");
        details.setFormat(CourseFormat.SELF_PACED);
        details.setEnrolment(EnrolmentPolicy.OPEN);
        return details;
    }

    /** A course published by {@code owner}, of {@code minutes}: one module, one required page complete on view. */
    public record OnePage(long courseId, long lessonId) {
    }

    public static OnePage onePage(CourseAuthoring authoring, Actor owner, String title, int minutes) {
        long courseId = authoring.create(owner, details(title, minutes)).id();
        ModuleDetails module = new ModuleDetails();
        module.setLanguage(ENGLISH);
        module.setTitle("First steps");
        module.setSummary("First steps");
        long moduleId = authoring.addModule(owner, courseId, module);
        LessonDetails lesson = new LessonDetails();
        lesson.setLanguage(ENGLISH);
        lesson.setKind(LessonKind.PAGE);
        lesson.setTitle("Welcome");
        lesson.setBody("<p>Welcome</p>");
        lesson.setRequired(true);
        lesson.setCompletion(CompletionRule.ON_VIEW);
        long lessonId = authoring.addLesson(owner, courseId, moduleId, lesson);
        authoring.publish(owner, courseId);
        return new OnePage(courseId, lessonId);
    }
}
