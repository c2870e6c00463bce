package org.unitar.learning.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A learner in a course, in one of its editions. One per learner and course, whatever becomes of it: leaving and
 * coming back finds the same enrolment, and the progress it holds. Its registration is the xAPI registration of
 * everything the learner does in the course. Progress columns (last lesson, completion) are written by
 * {@link org.unitar.learning.learning.persistence.ProgressStore} one statement at a time, never through this entity.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(name = "edition_id", nullable = false)
    private long editionId;

    @Column(name = "learner_subject", nullable = false, updatable = false, length = 255)
    private String learner;

    @Column(nullable = false, updatable = false, length = 36)
    private String registration;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EnrolmentStatus status;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "enrolled_at")
    private Instant enrolledAt;

    @Column(name = "decided_by", length = 255)
    private String decidedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "completed_at", insertable = false, updatable = false)
    private Instant completedAt;

    @Column(name = "last_lesson_id", insertable = false, updatable = false)
    private Long lastLessonId;

    @Column(name = "last_active_at", insertable = false, updatable = false)
    private Instant lastActiveAt;

    @Version
    private long version;

    protected Enrolment() {
    }

    /** {@code learner} in {@code edition}, enrolled now (by themselves or by {@code by}, a trainer or administrator). */
    public static Enrolment active(Edition edition, String learner, String by, Instant now) {
        Enrolment enrolment = create(edition, learner);
        enrolment.status = EnrolmentStatus.ACTIVE;
        enrolment.enrolledAt = now;
        enrolment.decidedBy = by;
        return enrolment;
    }

    /** {@code learner} asks for a place in {@code edition}. */
    public static Enrolment requested(Edition edition, String learner, Instant now) {
        Enrolment enrolment = create(edition, learner);
        enrolment.status = EnrolmentStatus.REQUESTED;
        enrolment.requestedAt = now;
        return enrolment;
    }

    private static Enrolment create(Edition edition, String learner) {
        Enrolment enrolment = new Enrolment();
        enrolment.courseId = edition.courseId();
        enrolment.editionId = edition.id();
        enrolment.learner = learner;
        enrolment.registration = UUID.randomUUID().toString();
        return enrolment;
    }

    /** Back in the course (after leaving or being declined), in {@code edition}. */
    public void reactivate(Edition edition, String by, Instant now) {
        editionId = edition.id();
        status = EnrolmentStatus.ACTIVE;
        enrolledAt = now;
        decidedBy = by;
        endedAt = null;
    }

    /** Asks again, in {@code edition}, after leaving or being declined. */
    public void requestAgain(Edition edition, Instant now) {
        editionId = edition.id();
        status = EnrolmentStatus.REQUESTED;
        requestedAt = now;
        decidedBy = null;
        endedAt = null;
    }

    public void approve(String by, Instant now) {
        requireStatus(EnrolmentStatus.REQUESTED);
        status = EnrolmentStatus.ACTIVE;
        enrolledAt = now;
        decidedBy = by;
    }

    public void decline(String by, Instant now) {
        requireStatus(EnrolmentStatus.REQUESTED);
        status = EnrolmentStatus.DECLINED;
        decidedBy = by;
        endedAt = now;
    }

    /** Leaves the course, or withdraws the request. */
    public void leave(Instant now) {
        if (status != EnrolmentStatus.ACTIVE && status != EnrolmentStatus.REQUESTED) {
            throw new EnrolmentRefused("enrolment.refused.notEnrolled");
        }
        status = EnrolmentStatus.LEFT;
        endedAt = now;
    }

    private void requireStatus(EnrolmentStatus expected) {
        if (status != expected) {
            throw new EnrolmentRefused("enrolment.refused.alreadyDecided");
        }
    }

    public boolean isActive() {
        return status == EnrolmentStatus.ACTIVE;
    }

    public Long id() {
        return id;
    }

    public long courseId() {
        return courseId;
    }

    public long editionId() {
        return editionId;
    }

    public String learner() {
        return learner;
    }

    public String registration() {
        return registration;
    }

    public EnrolmentStatus status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    public Optional<Long> lastLessonId() {
        return Optional.ofNullable(lastLessonId);
    }

    public Instant lastActiveAt() {
        return lastActiveAt;
    }
}
