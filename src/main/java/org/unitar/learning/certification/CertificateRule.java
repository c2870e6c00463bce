package org.unitar.learning.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How one course's certificates are issued, and whether its trainers may issue and revoke them besides the
 * administrators. A course without a rule is {@link #defaults(long) waiting for an administrator}.
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

    protected CertificateRule() {
    }

    public static CertificateRule defaults(long courseId) {
        CertificateRule rule = new CertificateRule();
        rule.courseId = courseId;
        rule.issuing = Issuing.APPROVAL;
        return rule;
    }

    public void change(Issuing issuing, boolean trainersMayIssue) {
        this.issuing = java.util.Objects.requireNonNull(issuing);
        this.trainersMayIssue = trainersMayIssue;
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
