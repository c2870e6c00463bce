package org.unitar.learning.catalogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.unitar.learning.shared.content.RichText;
import org.unitar.learning.shared.i18n.ContentLanguage;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a trainer fills in on the course form, in one content language (the course's default one when the course
 * is created). Its constraints are the only declaration of the course's rules on input: the form shows them next to
 * each field, the service checks them again on every save.
 */
public class CourseDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_LENGTH = 200;
    public static final int SUMMARY_LENGTH = 600;
    public static final int MAX_MINUTES = 60 * 200;
    public static final int SDG_COUNT = 17;
    public static final int GCM_OBJECTIVE_COUNT = 23;

    @NotNull
    private ContentLanguage language = ContentLanguage.ENGLISH;

    @NotEmpty
    private Set<ContentLanguage> languages = EnumSet.of(ContentLanguage.ENGLISH);

    @NotBlank
    @Size(max = TITLE_LENGTH)
    private String title;

    @NotBlank
    @Size(max = SUMMARY_LENGTH)
    private String summary;

    @Size(max = RichText.MAX_LENGTH)
    private String description;

    private Set<Topic> topics = EnumSet.noneOf(Topic.class);

    /** The Sustainable Development Goals the course serves, by number. */
    private Set<@NotNull @Min(1) @Max(SDG_COUNT) Integer> sdgs = new TreeSet<>();

    /** The Global Compact for Migration objectives the course serves, by number. */
    private Set<@NotNull @Min(1) @Max(GCM_OBJECTIVE_COUNT) Integer> gcmObjectives = new TreeSet<>();

    @NotNull
    @Min(1)
    @Max(MAX_MINUTES)
    private Integer estimatedMinutes;

    @NotBlank
    private String cifalCentre;

    @NotNull
    private CourseFormat format = CourseFormat.SELF_PACED;

    @NotNull
    private EnrolmentPolicy enrolment = EnrolmentPolicy.OPEN;

    public ContentLanguage getLanguage() {
        return language;
    }

    public void setLanguage(ContentLanguage language) {
        this.language = language;
    }

    public Set<ContentLanguage> getLanguages() {
        return languages;
    }

    public void setLanguages(Set<ContentLanguage> languages) {
        this.languages = languages == null ? EnumSet.noneOf(ContentLanguage.class) : languages;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Set<Topic> getTopics() {
        return topics;
    }

    public void setTopics(Set<Topic> topics) {
        this.topics = topics == null ? EnumSet.noneOf(Topic.class) : topics;
    }

    public Set<Integer> getSdgs() {
        return sdgs;
    }

    public void setSdgs(Set<Integer> sdgs) {
        this.sdgs = sdgs == null ? new TreeSet<>() : new TreeSet<>(sdgs);
    }

    public Set<Integer> getGcmObjectives() {
        return gcmObjectives;
    }

    public void setGcmObjectives(Set<Integer> gcmObjectives) {
        this.gcmObjectives = gcmObjectives == null ? new TreeSet<>() : new TreeSet<>(gcmObjectives);
    }

    public Integer getEstimatedMinutes() {
        return estimatedMinutes;
    }

    public void setEstimatedMinutes(Integer estimatedMinutes) {
        this.estimatedMinutes = estimatedMinutes;
    }

    public String getCifalCentre() {
        return cifalCentre;
    }

    public void setCifalCentre(String cifalCentre) {
        this.cifalCentre = cifalCentre;
    }

    public CourseFormat getFormat() {
        return format;
    }

    public void setFormat(CourseFormat format) {
        this.format = format;
    }

    public EnrolmentPolicy getEnrolment() {
        return enrolment;
    }

    public void setEnrolment(EnrolmentPolicy enrolment) {
        this.enrolment = enrolment;
    }
}
