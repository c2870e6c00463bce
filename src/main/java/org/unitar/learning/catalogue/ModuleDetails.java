package org.unitar.learning.catalogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.i18n.ContentLanguage;

import java.io.Serializable;
import java.time.LocalDate;

/** What a trainer fills in on the module form, in one content language. */
public class ModuleDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_LENGTH = 200;
    public static final int SUMMARY_LENGTH = 600;
    public static final int MAX_DAYS = 3650;

    @NotNull
    private ContentLanguage language = ContentLanguage.ENGLISH;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    private String title;

    @Size(max = SUMMARY_LENGTH)
    private String summary;

    /** The module (by its id) a learner must complete first, or none. */
    private Long prerequisite;

    @NotNull
    private ModuleOpening opening = ModuleOpening.AT_ONCE;

    private LocalDate opensOn;

    @Min(1)
    @Max(MAX_DAYS)
    private Integer opensAfterDays;

    /** The rules between fields: an opening on a date needs the date, one after enrolment the number of days. */
    void check() {
        if (opening == ModuleOpening.ON_DATE && opensOn == null) {
            throw new InputRefused("opensOn", "author_course_module.opensOnRequired");
        }
        if (opening == ModuleOpening.DAYS_AFTER_ENROLMENT && opensAfterDays == null) {
            throw new InputRefused("opensAfterDays", "author_course_module.daysRequired");
        }
    }

    public ContentLanguage getLanguage() {
        return language;
    }

    public void setLanguage(ContentLanguage language) {
        this.language = language;
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

    public Long getPrerequisite() {
        return prerequisite;
    }

    public void setPrerequisite(Long prerequisite) {
        this.prerequisite = prerequisite;
    }

    public ModuleOpening getOpening() {
        return opening;
    }

    public void setOpening(ModuleOpening opening) {
        this.opening = opening;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public Integer getOpensAfterDays() {
        return opensAfterDays;
    }

    public void setOpensAfterDays(Integer opensAfterDays) {
        this.opensAfterDays = opensAfterDays;
    }
}
