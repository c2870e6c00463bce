package org.unitar.learning.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the audit record, newest first, through a filter: who (a name, user name or email, or the actor exactly
 * as recorded), what (one action), which object (its type, its id) and when (UTC days, both ends included). Pages
 * go back in time by id ({@code before}), so reading an old page costs the same as the first.
 */
@ApplicationScoped
public class AuditQueries {

    /** What the administrator asks for; any part may be null (or blank), meaning any. */
    public record Filter(String who, String action, String objectType, String objectId, LocalDate from,
                         LocalDate until) {

        public static final Filter ANY = new Filter(null, null, null, null, null, null);
    }

    /** Lines of one page, and whether older ones follow. */
    public record Page(List<AuditLine> lines, boolean more) {
    }

    @PersistenceContext
    private EntityManager em;

    /** The {@code size} newest lines matching {@code filter}, older than the line {@code before} if given. */
    public Page page(Filter filter, Long before, int size) {
        List<AuditLine> lines = new ArrayList<>(size + 1);
        try (Stream<?> rows = query(filter, before).setMaxResults(size + 1).getResultStream()) {
            rows.forEach(row -> lines.add(line((Object[]) row)));
        }
        boolean more = lines.size() > size;
        return new Page(more ? lines.subList(0, size) : lines, more);
    }

    /** Every line matching {@code filter}, newest first, at most {@code max}, one at a time (for exports). */
    public void each(Filter filter, int max, Consumer<AuditLine> consumer) {
        try (Stream<?> rows = query(filter, null).setMaxResults(max).getResultStream()) {
            rows.forEach(row -> consumer.accept(line((Object[]) row)));
        }
    }

    private Query query(Filter filter, Long before) {
        StringBuilder sql = new StringBuilder("""
                SELECT e.id, e.occurred_at, e.actor, COALESCE(u.display_name, e.actor), e.action, e.object_type,
                       e.object_id, e.detail
                FROM audit_event e LEFT JOIN user_account u ON u.subject = e.actor
                WHERE 1 = 1""");
        Map<Integer, Object> parameters = new LinkedHashMap<>();
        if (present(filter.who())) {
            String who = filter.who().strip();
            sql.append(" AND (e.actor = ?1 OR e.actor IN (SELECT w.subject FROM user_account w"
                    + " WHERE w.display_name LIKE ?2 OR w.username LIKE ?2 OR w.email LIKE ?2))");
            parameters.put(1, who);
            parameters.put(2, Rows.containing(who));
        }
        if (present(filter.action())) {
            sql.append(" AND e.action = ?3");
            parameters.put(3, filter.action().strip());
        }
        if (present(filter.objectType())) {
            sql.append(" AND e.object_type = ?4");
            parameters.put(4, filter.objectType().strip());
        }
        if (present(filter.objectId())) {
            sql.append(" AND e.object_id = ?5");
            parameters.put(5, filter.objectId().strip());
        }
        if (filter.from() != null) {
            sql.append(" AND e.occurred_at >= ?6");
            parameters.put(6, startOf(filter.from()));
        }
        if (filter.until() != null) {
            sql.append(" AND e.occurred_at < ?7");
            parameters.put(7, startOf(filter.until().plusDays(1)));
        }
        if (before != null) {
            sql.append(" AND e.id < ?8");
            parameters.put(8, before);
        }
        sql.append(" ORDER BY e.id DESC");
        Query query = em.createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        return query;
    }

    private static AuditLine line(Object[] row) {
        return new AuditLine(((Number) row[0]).longValue(), Rows.instant(row[1]), (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], (String) row[7]);
    }

    private static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
