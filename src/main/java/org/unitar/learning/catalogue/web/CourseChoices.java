package org.unitar.learning.catalogue.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.unitar.learning.catalogue.CifalCentre;
import org.unitar.learning.catalogue.CourseDetails;
import org.unitar.learning.catalogue.CourseFormat;
import org.unitar.learning.catalogue.CourseRepository;
import org.unitar.learning.catalogue.EnrolmentPolicy;
import org.unitar.learning.catalogue.Topic;
import org.unitar.learning.shared.i18n.ContentLanguage;

import java.util.List;
import java.util.stream.IntStream;

/** The options the course form offers. */
@Named
@RequestScoped
public class CourseChoices {

    @Inject
    CourseRepository courses;

    private List<CifalCentre> centres;

    @PostConstruct
    void load() {
        centres = courses.cifalCentres();
    }

    public List<CifalCentre> getCentres() {
        return centres;
    }

    public ContentLanguage[] getLanguages() {
        return ContentLanguage.values();
    }

    public List<Integer> getSdgs() {
        return IntStream.rangeClosed(1, CourseDetails.SDG_COUNT).boxed().toList();
    }

    public List<Integer> getGcmObjectives() {
        return IntStream.rangeClosed(1, CourseDetails.GCM_OBJECTIVE_COUNT).boxed().toList();
    }

    public Topic[] getTopics() {
        return Topic.values();
    }

    public CourseFormat[] getFormats() {
        return CourseFormat.values();
    }

    public EnrolmentPolicy[] getEnrolmentPolicies() {
        return EnrolmentPolicy.values();
    }
}
