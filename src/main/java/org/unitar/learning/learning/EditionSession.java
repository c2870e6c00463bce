package org.unitar.learning.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.unitar.learning.shared.InputRefused;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One session of a blended edition: a face-to-face workshop day at a place, or an online meeting at a link, with
 * its date, start time (UTC) and length. Trainers record attendance per session.
 */
@Entity
@Table(name = "edition_session")
public class EditionSession {

    public static final int TITLE_LENGTH = 200;
    public static final int PLACE_LENGTH = 300;
    public static final int LINK_LENGTH = 500;
    public static final int MAX_MINUTES = 12 * 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "edition_id", nullable = false, updatable = false)
    private long editionId;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SessionMode mode;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(nullable = false)
    private int minutes;

    @Column(length = PLACE_LENGTH)
    private String place;

    @Column(length = LINK_LENGTH)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected EditionSession() {
    }

    /** What a trainer types for a session; checked field by field by {@link #plan}. */
    public record Details(String title, SessionMode mode, LocalDate date, LocalTime time, Integer minutes,
                          String place, String link) {
    }

    /** A new session of {@code editionId}, with the {@code details} {@link #change} accepts. */
    public static EditionSession plan(long editionId, Details details, String by, Instant now) {
        EditionSession session = new EditionSession();
        session.editionId = editionId;
        session.change(details);
        session.createdAt = Objects.requireNonNull(now);
        session.createdBy = Objects.requireNonNull(by);
        return session;
    }

    /**
     * Makes the session what {@code details} say; refuses a missing title, date or time, a length out of range, an
     * in-person session without a place, an online one without an http(s) link, and then changes nothing.
     */
    public void change(Details details) {
        String newTitle = clean(details.title());
        if (newTitle == null) {
            throw new InputRefused("title", "session.titleRequired");
        }
        if (newTitle.length() > TITLE_LENGTH) {
            throw new InputRefused("title", "session.titleTooLong");
        }
        if (details.mode() == null) {
            throw new InputRefused("mode", "session.modeRequired");
        }
        if (details.date() == null) {
            throw new InputRefused("date", "session.dateRequired");
        }
        if (details.time() == null) {
            throw new InputRefused("time", "session.timeRequired");
        }
        if (details.minutes() == null || details.minutes() < 1 || details.minutes() > MAX_MINUTES) {
            throw new InputRefused("minutes", "session.minutesOutOfRange");
        }
        String newPlace = null;
        String newLink = null;
        if (details.mode() == SessionMode.IN_PERSON) {
            newPlace = clean(details.place());
            if (newPlace == null) {
                throw new InputRefused("place", "session.placeRequired");
            }
            if (newPlace.length() > PLACE_LENGTH) {
                throw new InputRefused("place", "session.placeTooLong");
            }
        } else {
            newLink = link(details.link());
        }
        title = newTitle;
        mode = details.mode();
        startsAt = details.date().atTime(details.time()).toInstant(ZoneOffset.UTC);
        minutes = details.minutes();
        place = newPlace;
        link = newLink;
    }

    /** What a trainer would find in the form to change the session. */
    public Details details() {
        LocalDateTime start = LocalDateTime.ofInstant(startsAt, ZoneOffset.UTC);
        return new Details(title, mode, start.toLocalDate(), start.toLocalTime(), minutes, place, link);
    }

    private static String link(String text) {
        String link = clean(text);
        if (link == null) {
            throw new InputRefused("link", "session.linkRequired");
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || link.length() > LINK_LENGTH) {
                throw new InputRefused("link", "session.linkInvalid");
            }
        } catch (java.net.URISyntaxException e) {
            throw new InputRefused("link", "session.linkInvalid");
        }
        return link;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Whether the session has begun at {@code now}: only those count for attendance. */
    public boolean held(Instant now) {
        return !startsAt.isAfter(now);
    }

    public Long id() {
        return id;
    }

    public long editionId() {
        return editionId;
    }

    public String title() {
        return title;
    }

    public SessionMode mode() {
        return mode;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public int minutes() {
        return minutes;
    }

    public Optional<String> place() {
        return Optional.ofNullable(place);
    }

    public Optional<String> link() {
        return Optional.ofNullable(link);
    }
}
