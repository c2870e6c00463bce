package org.unitar.learning.learning;

import org.junit.jupiter.api.Test;
import org.unitar.learning.shared.InputRefused;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditionSessionTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void aSessionStartsAtItsDateAndTimeInUtcAndCountsOnceBegun() {
        EditionSession session = EditionSession.plan(7, new EditionSession.Details(" Atelier d’ouverture ", SessionMode.IN_PERSON,
                DAY, LocalTime.of(9, 30), 180, "Hôtel de ville", null), "trainer", NOW);
        assertThat(session.title()).isEqualTo("Atelier d’ouverture");
        assertThat(session.startsAt()).isEqualTo(Instant.parse("2026-12-03T09:30:00Z"));
        assertThat(session.held(NOW)).isFalse();
        assertThat(session.held(Instant.parse("2026-12-03T09:30:00Z"))).isTrue();
        assertThat(session.link()).isEmpty();
    }

    @Test
    void eachMissingOrWrongFieldIsRefusedByName() {
        assertRefused(details(" ", SessionMode.ONLINE, 60, null, "https://meet.example.org/a"), "title", "session.titleRequired");
        assertRefused(details("T", null, 60, null, null), "mode", "session.modeRequired");
        assertRefused(new EditionSession.Details("T", SessionMode.ONLINE, null, LocalTime.NOON, 60, null, "https://x.org"), "date", "session.dateRequired");
        assertRefused(details("T", SessionMode.ONLINE, 0, null, "https://meet.example.org/a"), "minutes", "session.minutesOutOfRange");
        assertRefused(details("T", SessionMode.ONLINE, 721, null, "https://meet.example.org/a"), "minutes", "session.minutesOutOfRange");
        assertRefused(details("T", SessionMode.IN_PERSON, 60, " ", null), "place", "session.placeRequired");
        assertRefused(details("T", SessionMode.ONLINE, 60, "Room 4", null), "link", "session.linkRequired");
        assertRefused(details("T", SessionMode.ONLINE, 60, null, "javascript:alert(1)"), "link", "session.linkInvalid");
        assertRefused(details("T", SessionMode.ONLINE, 60, null, "meet.example.org/a"), "link", "session.linkInvalid");
    }

    private static EditionSession.Details details(String title, SessionMode mode, Integer minutes, String place, String link) {
        return new EditionSession.Details(title, mode, DAY, LocalTime.NOON, minutes, place, link);
    }

    private static void assertRefused(EditionSession.Details details, String field, String key) {
        assertThatThrownBy(() -> EditionSession.plan(1, details, "trainer", NOW)).isInstanceOfSatisfying(InputRefused.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
