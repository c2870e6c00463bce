package org.unitar.learning.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

/** The figures on the administration home page. */
@ApplicationScoped
public class OverviewQueries {

    @PersistenceContext
    private EntityManager em;

    public long peopleSignedIn() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM user_account").getSingleResult()).longValue();
    }

    public List<ActivityLine> recentActivity(int count) {
        List<?> rows = em.createNativeQuery("""
                        SELECT e.occurred_at, COALESCE(u.display_name, e.actor), e.action, e.object_type, e.object_id
                        FROM audit_event e LEFT JOIN user_account u ON u.subject = e.actor
                        ORDER BY e.id DESC""")
                .setMaxResults(count)
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new ActivityLine(
                localDateTime(row[0]), (String) row[1], (String) row[2], (String) row[3], (String) row[4])).toList();
    }

    private static LocalDateTime localDateTime(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
    }
}
