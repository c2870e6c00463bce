package org.unitar.learning.catalogue.service;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.unitar.learning.catalogue.Course;
import org.unitar.learning.catalogue.PublishedCourse;
import org.unitar.learning.catalogue.SearchText;
import org.unitar.learning.catalogue.Topic;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.i18n.Language;
import org.unitar.learning.shared.i18n.Messages;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Keeps {@code course_search} in step with what is published: a course's rows are written when it is published or
 * restored and removed when it is archived, in the same transaction: one row per content language (the title a
 * reader of that language sees, for ordering, and the facets), and one row of words: every distinct title, summary
 * and topic name of the course, folded.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CatalogueIndex {

    private static final Logger LOG = Logger.getLogger(CatalogueIndex.class.getName());
    private static final int WORDS_LENGTH = 8000;
    private static final int SORT_LENGTH = 255;

    @PersistenceContext
    EntityManager em;

    public void refresh(Course course) {
        remove(course.id());
        PublishedCourse published = PublishedCourse.of(course).orElseThrow();
        String languages = published.languages().stream().map(ContentLanguage::code).sorted()
                .collect(Collectors.joining(",", ",", ","));
        String topics = published.topics().stream().map(Topic::name).sorted().collect(Collectors.joining(",", ",", ","));
        Set<String> words = new LinkedHashSet<>();
        for (ContentLanguage reader : ContentLanguage.values()) {
            Messages bundle = Messages.in(Language.forTag(reader.code()).orElse(Language.DEFAULT));
            String title = published.title(reader);
            words.add(SearchText.fold(title));
            words.add(SearchText.fold(published.summary(reader)));
            published.topics().forEach(t -> words.add(SearchText.fold(bundle.format("topic." + t.name()))));
            em.createNativeQuery("""
                            INSERT INTO course_search (course_id, language, revision_id, title_sort, languages, topics, format, minutes)
                            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                    .setParameter(1, course.id()).setParameter(2, reader.code()).setParameter(3, published.revisionId())
                    .setParameter(4, cut(SearchText.fold(title), SORT_LENGTH)).setParameter(5, languages)
                    .setParameter(6, topics).setParameter(7, published.format().name())
                    .setParameter(8, published.estimatedMinutes())
                    .executeUpdate();
        }
        em.createNativeQuery("INSERT INTO course_search_words (course_id, words) VALUES (?1, ?2)")
                .setParameter(1, course.id()).setParameter(2, cut(String.join(" | ", words), WORDS_LENGTH))
                .executeUpdate();
    }

    public void remove(long courseId) {
        em.createNativeQuery("DELETE FROM course_search WHERE course_id = ?1").setParameter(1, courseId).executeUpdate();
        em.createNativeQuery("DELETE FROM course_search_words WHERE course_id = ?1").setParameter(1, courseId).executeUpdate();
    }

    /** Indexes, at start-up, published courses that have no rows yet (published before the catalogue existed). */
    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 50) @Initialized(ApplicationScoped.class) Object event) {
        List<?> missing = em.createNativeQuery("""
                SELECT c.id FROM course c WHERE c.status = 'PUBLISHED'
                AND NOT EXISTS (SELECT 1 FROM course_search s WHERE s.course_id = c.id AND s.revision_id = c.published_revision_id)""")
                .getResultList();
        missing.forEach(id -> refresh(em.find(Course.class, ((Number) id).longValue())));
        if (!missing.isEmpty()) {
            LOG.info("Catalogue: indexed " + missing.size() + " published course(s)");
        }
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
