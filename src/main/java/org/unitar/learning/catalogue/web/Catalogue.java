package org.unitar.learning.catalogue.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.unitar.learning.catalogue.CourseFormat;
import org.unitar.learning.catalogue.CourseLength;
import org.unitar.learning.catalogue.PublishedCourse;
import org.unitar.learning.catalogue.Topic;
import org.unitar.learning.catalogue.service.CatalogueSearch;
import org.unitar.learning.catalogue.service.CatalogueSearch.Criteria;
import org.unitar.learning.catalogue.service.CatalogueSearch.Results;
import org.unitar.learning.shared.i18n.ContentLanguage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Backs catalogue/index.xhtml, the public catalogue: a search form sent by GET (the address can be shared and
 * bookmarked), filters, one page of course cards in the reader's language. Unknown filter values are ignored.
 */
@Named
@RequestScoped
public class Catalogue {

    /** A course as a card shows it, in the reader's language (the course's default where not translated). */
    public record Card(long id, String title, String summary, int minutes, CourseFormat format,
                       List<ContentLanguage> languages, ContentLanguage language) {
    }

    /** Longest query taken (the rest is dropped). */
    static final int MAX_QUERY = 200;

    @Inject
    CatalogueSearch search;

    private String q;
    private String language;
    private String topic;
    private String format;
    private String length;
    private String page;
    private Results results;
    private List<Card> cards;

    public void load() {
        ContentLanguage reader = Faces.reader();
        results = search.search(new Criteria(q, reader,
                ContentLanguage.forCode(language).orElse(null),
                parse(Topic.class, topic), parse(CourseFormat.class, format), parse(CourseLength.class, length)),
                pageNumber());
        cards = results.courses().stream().map(c -> card(c, reader)).toList();
    }

    /** The page asked for; the first for anything that is not a page number. */
    private int pageNumber() {
        try {
            return page == null ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static Card card(PublishedCourse course, ContentLanguage reader) {
        ContentLanguage shown = course.readIn(reader);
        return new Card(course.courseId(), course.title(shown), course.summary(shown), course.estimatedMinutes(),
                course.format(), course.languages().stream().sorted().toList(), shown);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return Optional.ofNullable(value).flatMap(v -> Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(v)).findFirst()).orElse(null);
    }

    /** This search's address for page {@code number}. */
    public String pageQuery(int number) {
        StringBuilder query = new StringBuilder("?page=").append(number);
        append(query, "q", q);
        append(query, "language", language);
        append(query, "topic", topic);
        append(query, "format", format);
        append(query, "length", length);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public List<ContentLanguage> getLanguages() {
        return List.of(ContentLanguage.values());
    }

    public List<Topic> getTopics() {
        return List.of(Topic.values());
    }

    public List<CourseFormat> getFormats() {
        return List.of(CourseFormat.values());
    }

    public List<CourseLength> getLengths() {
        return List.of(CourseLength.values());
    }

    public boolean isFiltered() {
        return (q != null && !q.isBlank()) || language != null || topic != null || format != null || length != null;
    }

    public Results getResults() {
        return results;
    }

    public List<Card> getCards() {
        return cards;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null || q.length() <= MAX_QUERY ? q : q.substring(0, MAX_QUERY);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getLength() {
        return length;
    }

    public void setLength(String length) {
        this.length = length;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
