package org.unitar.learning.learning;

import org.unitar.learning.shared.InputRefused;

import java.io.Serializable;
import java.time.LocalDate;

/** What a trainer enters to schedule an edition, checked by {@link #check} whatever the page sent. */
public class EditionDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_LENGTH = 120;
    public static final int MAX_CAPACITY = 100_000;

    private String name;

    private LocalDate startsOn;
    private LocalDate endsOn;
    private LocalDate enrolFrom;
    private LocalDate enrolUntil;

    private Integer capacity;

    /** Refuses dates out of order: a run ends after it starts, enrolment closes after it opens and before the end. */
    public void check() {
        if (name == null || name.isBlank()) {
            throw new InputRefused("name", "edition.nameRequired");
        }
        if (name.strip().length() > NAME_LENGTH) {
            throw new InputRefused("name", "edition.nameTooLong");
        }
        if (startsOn == null || endsOn == null) {
            throw new InputRefused("startsOn", "edition.datesRequired");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new InputRefused("endsOn", "edition.endsBeforeStart");
        }
        if (enrolFrom != null && enrolUntil != null && enrolUntil.isBefore(enrolFrom)) {
            throw new InputRefused("enrolUntil", "edition.windowOrder");
        }
        if (enrolUntil != null && enrolUntil.isAfter(endsOn)) {
            throw new InputRefused("enrolUntil", "edition.windowAfterEnd");
        }
        if (capacity != null && (capacity < 1 || capacity > MAX_CAPACITY)) {
            throw new InputRefused("capacity", "edition.capacityRange");
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public LocalDate getEnrolFrom() {
        return enrolFrom;
    }

    public void setEnrolFrom(LocalDate enrolFrom) {
        this.enrolFrom = enrolFrom;
    }

    public LocalDate getEnrolUntil() {
        return enrolUntil;
    }

    public void setEnrolUntil(LocalDate enrolUntil) {
        this.enrolUntil = enrolUntil;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }
}
