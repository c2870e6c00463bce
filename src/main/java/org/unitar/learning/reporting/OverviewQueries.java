package org.unitar.learning.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The figures on the administration home page. */
@ApplicationScoped
public class OverviewQueries {

    @PersistenceContext
    private EntityManager em;

    public long peopleSignedIn() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM user_account").getSingleResult()).longValue();
    }
}
