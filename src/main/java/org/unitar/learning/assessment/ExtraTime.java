package org.unitar.learning.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** Extra minutes one learner has in every attempt at a quiz: an accessibility accommodation granted by a trainer. */
@Embeddable
public class ExtraTime {

    @Column(name = "learner_subject", nullable = false)
    private String learner;

    @Column(name = "extra_minutes", nullable = false)
    private int minutes;

    @Column(name = "granted_by", nullable = false)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected ExtraTime() {
    }

    ExtraTime(String learner, int minutes, String grantedBy, Instant grantedAt) {
        this.learner = learner;
        this.minutes = minutes;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public String learner() {
        return learner;
    }

    public int minutes() {
        return minutes;
    }

    public Instant grantedAt() {
        return grantedAt;
    }
}
