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
 * The public catalogue: published courses whose title, summary or topics contain every word of the query in one of
 * their languages (so a reader of the English interface finds a course by its Chinese or Arabic title too), filtered,
 * in the title order of the reader's language, shown in that language, one page at a time. One query per search: the
 * ids of every course found (two numbers each; the count and the page are taken from them), whatever the filters;
 * the courses themselves come from {@link PublishedCourses}.
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
        StringBuilder sql = new StringBuilder("SELECT s.course_id, s.revision_id FROM course_search s");
        List<String> words = SearchText.words(criteria.query());
        if (!words.isEmpty()) {
            sql.append(" JOIN course_search_words w ON w.course_id = s.course_id");
            for (String word : words) {
                parameters.add(SearchText.containing(word));
                sql.append(" AND ").append("w.words LIKE ?").append(parameters.size());
            }
        }
        parameters.add(criteria.reader().code());
        sql.append(" WHERE s.language = ?").append(parameters.size());
        if (criteria.offeredIn() != null) {
            parameters.add("%," + criteria.offeredIn().code() + ",%");
            sql.append(" AND s.languages LIKE ?").append(parameters.size());
        }
        if (criteria.topic() != null) {
            parameters.add("%," + criteria.topic().name() + ",%");
            sql.append(" AND s.topics LIKE ?").append(parameters.size());
        }
        if (criteria.format() != null) {
            parameters.add(criteria.format().name());
            sql.append(" AND s.format = ?").append(parameters.size());
        }
        if (criteria.length() != null) {
            parameters.add(criteria.length().min());
            sql.append(" AND s.minutes BETWEEN ?").append(parameters.size());
            parameters.add(criteria.length().max());
            sql.append(" AND ?").append(parameters.size());
        }
        sql.append(" ORDER BY s.title_sort, s.course_id");
        List<?> found = bind(em.createNativeQuery(sql.toString()), parameters).getResultList();
        int total = found.size();
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.max(1, Math.min(page, pages));
        List<PublishedCourse> courses = found.subList(Math.min(total, (shown - 1) * PAGE_SIZE), Math.min(total, shown * PAGE_SIZE))
                .stream().map(r -> (Object[]) r)
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
