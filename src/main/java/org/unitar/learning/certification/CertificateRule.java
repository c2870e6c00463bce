package org.unitar.learning.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How one course's certificates are issued, whether its trainers may issue and revoke them besides the
 * administrators, and which template words them. A course without a rule is {@link #defaults(long) waiting for an administrator}.
 */
@Entity
@Table(name = "certificate_rule")
public class CertificateRule {

    @Id
    @Column(name = "course_id")
    private long courseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Issuing issuing;

    @Column(name = "trainers_may_issue", nullable = false)
    private boolean trainersMayIssue;

    @Column(name = "template_id")
    private Long templateId;

    /** The share of an edition's sessions a learner must have attended, in percent; null: not required. */
    @Column(name = "attendance_percent")
    private Integer attendancePercent;

    protected CertificateRule() {
    }

    public static CertificateRule defaults(long courseId) {
        CertificateRule rule = new CertificateRule();
        rule.courseId = courseId;
        rule.issuing = Issuing.APPROVAL;
        return rule;
    }

    /**
     * {@code templateId}: the template the course's certificates are worded with, null for the platform's wording;
     * {@code attendancePercent}: the attendance required (1 to 100), null for none.
     */
    public void change(Issuing issuing, boolean trainersMayIssue, Long templateId, Integer attendancePercent) {
        if (attendancePercent != null && (attendancePercent < 1 || attendancePercent > 100)) {
            throw new org.unitar.learning.shared.InputRefused("attendance", "certificates.attendanceOutOfRange");
        }
        this.issuing = java.util.Objects.requireNonNull(issuing);
        this.trainersMayIssue = trainersMayIssue;
        this.templateId = templateId;
        this.attendancePercent = attendancePercent;
    }

    public java.util.Optional<Integer> attendancePercent() {
        return java.util.Optional.ofNullable(attendancePercent);
    }

    public java.util.Optional<Long> templateId() {
        return java.util.Optional.ofNullable(templateId);
    }

    public long courseId() {
        return courseId;
    }

    public Issuing issuing() {
        return issuing;
    }

    public boolean trainersMayIssue() {
        return trainersMayIssue;
    }
}
