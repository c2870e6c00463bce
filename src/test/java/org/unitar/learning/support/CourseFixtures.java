package org.unitar.learning.support;

import org.unitar.learning.catalogue.CourseDetails;
import org.unitar.learning.catalogue.CourseFormat;
import org.unitar.learning.catalogue.EnrolmentPolicy;
import org.unitar.learning.catalogue.Topic;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static org.unitar.learning.shared.i18n.ContentLanguage.ENGLISH;

/** What in-container tests need of a course's details: valid, in English, self-paced and open; tests change the rest. */
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
}
