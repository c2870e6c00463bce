package org.unitar.learning.learning;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One run of a course: its dates, the days people may enrol, how many places it has and its trainers. A self-paced
 * course has one open-ended edition (no dates, no window, no limit). Places taken are counted in the database, one
 * statement at a time, so that two people asking for the last place cannot both get it.
 */
@Entity
@Table(name = "edition")
public class Edition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(nullable = false, length = EditionDetails.NAME_LENGTH)
    private String name;

    @Column(name = "open_ended", nullable = false)
    private boolean openEnded;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "enrol_from")
    private LocalDate enrolFrom;

    @Column(name = "enrol_until")
    private LocalDate enrolUntil;

    private Integer capacity;

    @Column(name = "seats_taken", nullable = false, insertable = false, updatable = false)
    private int seatsTaken;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "edition_trainer", joinColumns = @JoinColumn(name = "edition_id"))
    @Column(name = "subject", length = 255)
    private Set<String> trainers = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 255)
    private String createdBy;

    @Version
    private long version;

    protected Edition() {
    }

    /** The one edition of a self-paced course: always open, no limit. */
    public static Edition openEnded(long courseId, String name, String by, Instant now) {
        Edition edition = new Edition();
        edition.courseId = courseId;
        edition.name = name;
        edition.openEnded = true;
        edition.createdAt = now;
        edition.createdBy = by;
        return edition;
    }

    /** A scheduled run, as a trainer described it (already validated: see {@link EditionDetails#check}). */
    public static Edition scheduled(long courseId, EditionDetails details, String by, Instant now) {
        details.check();
        Edition edition = new Edition();
        edition.courseId = courseId;
        edition.name = details.getName().strip();
        edition.startsOn = details.getStartsOn();
        edition.endsOn = details.getEndsOn();
        edition.enrolFrom = details.getEnrolFrom();
        edition.enrolUntil = details.getEnrolUntil();
        edition.capacity = details.getCapacity();
        edition.trainers.add(by);
        edition.createdAt = now;
        edition.createdBy = by;
        return edition;
    }

    /** Why nobody may enrol on {@code today}, as a bundle key; null if they may (places aside). */
    public String closedReason(LocalDate today) {
        if (enrolFrom != null && today.isBefore(enrolFrom)) {
            return "enrolment.refused.notYetOpen";
        }
        if ((enrolUntil != null && today.isAfter(enrolUntil)) || hasEnded(today)) {
            return "enrolment.refused.closed";
        }
        return null;
    }

    public boolean hasEnded(LocalDate today) {
        return endsOn != null && today.isAfter(endsOn);
    }

    public boolean isFull() {
        return capacity != null && seatsTaken >= capacity;
    }

    public Long id() {
        return id;
    }

    public long courseId() {
        return courseId;
    }

    public String name() {
        return name;
    }

    public boolean openEnded() {
        return openEnded;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public LocalDate enrolFrom() {
        return enrolFrom;
    }

    public LocalDate enrolUntil() {
        return enrolUntil;
    }

    public Integer capacity() {
        return capacity;
    }

    public int seatsTaken() {
        return seatsTaken;
    }

    public Set<String> trainers() {
        return Set.copyOf(trainers);
    }
}
