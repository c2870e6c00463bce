package org.unitar.learning.catalogue.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.unitar.learning.catalogue.CourseFormat;
import org.unitar.learning.catalogue.CourseLength;
import org.unitar.learning.catalogue.PublishedCourse;
import org.unitar.learning.catalogue.SearchText;
import org.unitar.learning.catalogue.Topic;
import org.unitar.learning.shared.i18n.ContentLanguage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The public catalogue: published courses whose title, summary or topics (as a reader of {@code reader} sees them)
 * contain every word of the query, filtered, in title order, one page at a time. Two queries per search (the page
 * and the count), whatever the number of courses found; the courses themselves come from {@link PublishedCourses}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogueSearch {

    public static final int PAGE_SIZE = 12;

    /** What a person searches for; null filters are not applied. */
    public record Criteria(String query, ContentLanguage reader, ContentLanguage offeredIn, Topic topic,
                           CourseFormat format, CourseLength length) {
    }

    /** One page of results and how many there are in all. */
    public record Results(List<PublishedCourse> courses, long total, int page, int pages) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PublishedCourses published;

    public Results search(Criteria criteria, int page) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" FROM course_search WHERE language = ?1");
        parameters.add(criteria.reader().code());
        for (String word : SearchText.words(criteria.query())) {
            parameters.add(SearchText.containing(word));
            where.append(" AND words LIKE ?").append(parameters.size());
        }
        if (criteria.offeredIn() != null) {
            parameters.add("%," + criteria.offeredIn().code() + ",%");
            where.append(" AND languages LIKE ?").append(parameters.size());
        }
        if (criteria.topic() != null) {
            parameters.add("%," + criteria.topic().name() + ",%");
            where.append(" AND topics LIKE ?").append(parameters.size());
        }
        if (criteria.format() != null) {
            parameters.add(criteria.format().name());
            where.append(" AND format = ?").append(parameters.size());
        }
        if (criteria.length() != null) {
            parameters.add(criteria.length().min());
            where.append(" AND minutes BETWEEN ?").append(parameters.size());
            parameters.add(criteria.length().max());
            where.append(" AND ?").append(parameters.size());
        }
        long total = ((Number) bind(em.createNativeQuery("SELECT COUNT(*)" + where), parameters).getSingleResult()).longValue();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.max(1, Math.min(page, pages));
        List<?> rows = total == 0 ? List.of() : bind(em.createNativeQuery(
                        "SELECT course_id, revision_id" + where + " ORDER BY title_sort, course_id"), parameters)
                .setFirstResult((shown - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
        List<PublishedCourse> courses = rows.stream().map(r -> (Object[]) r)
                .map(r -> published.revision(((Number) r[0]).longValue(), ((Number) r[1]).longValue()))
                .flatMap(Optional::stream).toList();
        return new Results(courses, total, shown, pages);
    }

    /** Published courses offered in {@code language} other than {@code except}, at most {@code limit}, newest first. */
    public List<PublishedCourse> offeredIn(ContentLanguage language, List<Long> except, int limit) {
        List<?> rows = em.createNativeQuery("""
                        SELECT course_id, revision_id FROM course_search WHERE language = ?1 AND languages LIKE ?2
                        ORDER BY revision_id DESC""")
                .setParameter(1, language.code()).setParameter(2, "%," + language.code() + ",%")
                .setMaxResults(limit + except.size()).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .filter(r -> !except.contains(((Number) r[0]).longValue()))
                .limit(limit)
                .map(r -> published.revision(((Number) r[0]).longValue(), ((Number) r[1]).longValue()))
                .flatMap(Optional::stream).toList();
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
