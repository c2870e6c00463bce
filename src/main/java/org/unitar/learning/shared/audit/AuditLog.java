package org.unitar.learning.shared.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * The append-only audit record. {@link #record} joins the caller's transaction, so an audit line is written if and
 * only if the change it describes is.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public void record(String actor, String action, String objectType, Object objectId, String detail) {
        em.persist(new AuditEvent(clock.instant(), actor, action, objectType, String.valueOf(objectId), detail));
    }
}
