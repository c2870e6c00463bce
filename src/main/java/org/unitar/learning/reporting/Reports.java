package org.unitar.learning.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.NotNull;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of the reports, each one aggregate query (rows are counted by the database, never loaded): enrolments
 * and completions by month, completion rates by course, edition, country and organisation, the distribution of
 * quiz scores, each question's difficulty (for one course), certificates issued by month. Filtered by period (UTC
 * days), course, country and organisation. Administrators see every course; trainers only theirs (a course of
 * someone else's is {@link Forbidden}); anyone else nothing.
 */
@ApplicationScoped
public class Reports {

    /** At most this many rows in a breakdown, the largest first. */
    public static final int TOP = 100;

    public record Filter(LocalDate from, LocalDate until, Long courseId, String country, Long organisationId) {
    }

    /** One month: how many enrolled, completed, were certified. */
    public record Month(String month, long enrolments, long completions, long certificates) {
    }

    /**
     * One group of a completion breakdown: its key (an id or a code), its label (an edition's or organisation's name;
     * null for courses, whose titles are in the reader's language, and countries, named by the page), enrolled,
     * completed.
     */
    public record Rate(String key, String label, long enrolled, long completed) {

        public int percent() {
            return enrolled == 0 ? 0 : (int) (completed * 100 / enrolled);
        }
    }

    /** Graded attempts whose score fell in {@code [from, from + 10)} percent (the last bucket includes 100). */
    public record Bucket(int from, long attempts) {
    }

    /** A question of the course's quizzes: how many answered it and their average credit (0 to 1). */
    public record Difficulty(long questionId, String stem, long answers, double averageCredit) {
    }

    @PersistenceContext
    EntityManager em;

    /** A course the actor may report on: its id and its title in {@code language} (else its default language). */
    public record CourseChoice(long id, String title) {
    }

    /** The published courses {@code actor} may report on, by title, titles in {@code language} where they have one. */
    public List<CourseChoice> courses(@NotNull Actor actor, @NotNull String language) {
        Scope scope = scope(actor, new Filter(null, null, null, null, null));
        StringBuilder sql = new StringBuilder("""
                SELECT c.id, COALESCE(t.value, d.value) FROM course c
                JOIN course_revision r ON r.id = c.published_revision_id
                LEFT JOIN translated_text_value t ON t.text_id = r.title_id AND t.language = ?1
                LEFT JOIN translated_text_value d ON d.text_id = r.title_id AND d.language = c.default_language""");
        if (scope.courses != null) {
            sql.append(scope.courses.isEmpty() ? " WHERE 1 = 0"
                    : " WHERE c.id IN (" + String.join(",", scope.courses.stream().map(String::valueOf).toList()) + ")");
        }
        List<CourseChoice> choices = new ArrayList<>();
        for (Object row : em.createNativeQuery(sql.append(" ORDER BY 2, 1").toString()).setParameter(1, language).getResultList()) {
            Object[] cells = (Object[]) row;
            choices.add(new CourseChoice(((Number) cells[0]).longValue(), (String) cells[1]));
        }
        return choices;
    }

    public List<Month> months(@NotNull Actor actor, @NotNull Filter filter) {
        Scope scope = scope(actor, filter);
        Map<String, long[]> months = new TreeMap<>();
        count(scope, "e.enrolled_at", months, 0);
        count(scope, "e.completed_at", months, 1);
        Query certificates = scope.query("""
                SELECT DATE_FORMAT(c.issued_at, '%Y-%m'), COUNT(*) FROM certificate c {people:c}
                WHERE c.issued_at >= ?1 AND c.issued_at < ?2""", "c.course_id", " GROUP BY 1");
        for (Object row : certificates.getResultList()) {
            Object[] cells = (Object[]) row;
            months.computeIfAbsent((String) cells[0], m -> new long[3])[2] = ((Number) cells[1]).longValue();
        }
        List<Month> list = new ArrayList<>();
        months.forEach((month, counts) -> list.add(new Month(month, counts[0], counts[1], counts[2])));
        return list;
    }

    private void count(Scope scope, String column, Map<String, long[]> months, int slot) {
        Query query = scope.query("SELECT DATE_FORMAT(" + column + ", '%Y-%m'), COUNT(*) FROM enrolment e"
                + " {people:e} WHERE " + column + " >= ?1 AND " + column + " < ?2",
                "e.course_id", " GROUP BY 1");
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            months.computeIfAbsent((String) cells[0], m -> new long[3])[slot] = ((Number) cells[1]).longValue();
        }
    }

    /** Completion by {@code by}: "course", "edition", "country" or "organisation" (enrolments of the period). */
    public List<Rate> completion(@NotNull Actor actor, @NotNull Filter filter, @NotNull String by) {
        Scope scope = scope(actor, filter);
        String key;
        String label;
        String join = "";
        switch (by) {
            case "course" -> {
                key = "e.course_id";
                label = "NULL";
            }
            case "edition" -> {
                key = "e.edition_id";
                label = "CONCAT(d.name, ' (#', d.id, ')')";
                join = " JOIN edition d ON d.id = e.edition_id";
            }
            case "country" -> {
                key = "u.country";
                label = "u.country";
            }
            case "organisation" -> {
                key = "u.organisation_id";
                label = "o.name";
                join = " LEFT JOIN organisation o ON o.id = u.organisation_id";
            }
            default -> throw new IllegalArgumentException("No breakdown by " + by);
        }
        Query query = scope.query("SELECT " + key + ", MIN(" + label + "), COUNT(*), COUNT(e.completed_at) FROM enrolment e"
                + (by.equals("country") || by.equals("organisation") ? " JOIN user_account u ON u.subject = e.learner_subject" : " {people:e}")
                + join
                + " WHERE e.enrolled_at >= ?1 AND e.enrolled_at < ?2", "e.course_id",
                " GROUP BY " + key + " ORDER BY COUNT(*) DESC, 1 LIMIT " + TOP);
        List<Rate> rates = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            rates.add(new Rate(cells[0] == null ? "" : cells[0].toString(), cells[1] == null ? null : cells[1].toString(),
                    ((Number) cells[2]).longValue(), ((Number) cells[3]).longValue()));
        }
        return rates;
    }

    /** How graded attempts of the period scored, in ten buckets of ten percent. */
    public List<Bucket> scores(@NotNull Actor actor, @NotNull Filter filter) {
        Scope scope = scope(actor, filter);
        Query query = scope.query("SELECT LEAST(FLOOR(a.percent / 10), 9), COUNT(*) FROM attempt a"
                + " {people:a}"
                + " WHERE a.state = 'GRADED' AND a.submitted_at >= ?1 AND a.submitted_at < ?2", "a.course_id", " GROUP BY 1");
        long[] counts = new long[10];
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            counts[((Number) cells[0]).intValue()] = ((Number) cells[1]).longValue();
        }
        List<Bucket> buckets = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            buckets.add(new Bucket(i * 10, counts[i]));
        }
        return buckets;
    }

    /** For one course: each question's answers and average credit in graded attempts of the period, hardest first. */
    public List<Difficulty> difficulty(@NotNull Actor actor, @NotNull Filter filter) {
        if (filter.courseId() == null) {
            return List.of();
        }
        Scope scope = scope(actor, filter);
        Query query = scope.query("""
                SELECT v.question_id, MIN(COALESCE(t.value, '')), COUNT(*), AVG(q.fraction)
                FROM attempt_question q
                JOIN attempt a ON a.id = q.attempt_id
                {people:a}
                JOIN question_version v ON v.id = q.question_version_id
                LEFT JOIN translated_text_value t ON t.text_id = v.stem_id AND t.language = 'en'
                WHERE a.state = 'GRADED' AND q.fraction IS NOT NULL AND a.submitted_at >= ?1 AND a.submitted_at < ?2""",
                "a.course_id", " GROUP BY v.question_id ORDER BY 4, 1 LIMIT " + TOP);
        List<Difficulty> list = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            list.add(new Difficulty(((Number) cells[0]).longValue(), plain((String) cells[1]), ((Number) cells[2]).longValue(),
                    cells[3] == null ? 0 : ((Number) cells[3]).doubleValue()));
        }
        return list;
    }

    /** A question's stem as a short plain label: tags dropped, at most 120 characters. */
    private static String plain(String html) {
        String text = html.replaceAll("<[^>]*>", " ").replaceAll("&nbsp;", " ").replaceAll("\\s+", " ").strip();
        return text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }

    /** The courses {@code actor} may report on, with the filter: builds each query's WHERE clause the same way. */
    private Scope scope(Actor actor, Filter filter) {
        if (!actor.administrator() && !actor.trainer()) {
            throw new Forbidden("Reports are for trainers and administrators");
        }
        List<Long> courses = null;
        if (!actor.administrator()) {
            courses = ids(em.createNativeQuery("SELECT c.id FROM course c WHERE c.owner_subject = ?1"
                    + " OR EXISTS (SELECT 1 FROM course_co_trainer t WHERE t.course_id = c.id AND t.subject = ?1)")
                    .setParameter(1, actor.subject()).getResultList());
            if (filter.courseId() != null && !courses.contains(filter.courseId())) {
                throw new Forbidden(actor.subject() + " does not teach course " + filter.courseId());
            }
        }
        return new Scope(filter, courses);
    }

    private static List<Long> ids(List<?> column) {
        return column.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** The filter and the courses allowed (null: all), applied to a query's course column. */
    private final class Scope {
        private final Filter filter;
        private final List<Long> courses;

        Scope(Filter filter, List<Long> courses) {
            this.filter = filter;
            this.courses = courses;
        }

        /**
         * {@code {people:x}} in {@code select} becomes a join of the learners' profiles on table alias {@code x}
         * where the filter needs them (country, organisation), and nothing otherwise: the join costs several times the
         * count itself on tens of thousands of enrolments.
         */
        Query query(String select, String courseColumn, String tail) {
            boolean people = filter.country() != null && !filter.country().isBlank() || filter.organisationId() != null;
            StringBuilder sql = new StringBuilder(java.util.regex.Pattern.compile("\\{people:(\\w+)}").matcher(select)
                    .replaceAll(m -> people ? "JOIN user_account u ON u.subject = " + m.group(1) + ".learner_subject" : ""));
            Map<Integer, Object> parameters = new LinkedHashMap<>();
            parameters.put(1, Timestamp.from((filter.from() == null ? LocalDate.of(2000, 1, 1) : filter.from())
                    .atStartOfDay(ZoneOffset.UTC).toInstant()));
            parameters.put(2, Timestamp.from((filter.until() == null ? LocalDate.of(2200, 1, 1) : filter.until().plusDays(1))
                    .atStartOfDay(ZoneOffset.UTC).toInstant()));
            if (filter.courseId() != null) {
                sql.append(" AND ").append(courseColumn).append(" = ?3");
                parameters.put(3, filter.courseId());
            }
            if (filter.country() != null && !filter.country().isBlank()) {
                sql.append(" AND u.country = ?4");
                parameters.put(4, filter.country().strip());
            }
            if (filter.organisationId() != null) {
                sql.append(" AND u.organisation_id = ?5");
                parameters.put(5, filter.organisationId());
            }
            if (courses != null) {
                sql.append(" AND ").append(courseColumn).append(courses.isEmpty() ? " IS NULL"
                        : " IN (" + String.join(",", courses.stream().map(String::valueOf).toList()) + ")");
            }
            Query query = em.createNativeQuery(sql.append(tail).toString());
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
