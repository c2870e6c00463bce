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

    @Test
    void aChangedSessionIsWhatTheFormSaysAndARefusedChangeLeavesItAsItWas() {
        EditionSession session = EditionSession.plan(7, new EditionSession.Details("Atelier", SessionMode.IN_PERSON,
                DAY, LocalTime.of(9, 30), 180, "Hôtel de ville", null), "trainer", NOW);
        EditionSession.Details before = session.details();
        assertThat(before).isEqualTo(new EditionSession.Details("Atelier", SessionMode.IN_PERSON, DAY, LocalTime.of(9, 30),
                180, "Hôtel de ville", null));

        assertThatThrownBy(() -> session.change(new EditionSession.Details("Appel de suivi", SessionMode.ONLINE, DAY.plusDays(1),
                LocalTime.of(15, 0), 60, null, "ftp://example.org"))).isInstanceOf(InputRefused.class);
        assertThat(session.details()).as("nothing of the refused change").isEqualTo(before);

        session.change(new EditionSession.Details(" Appel de suivi ", SessionMode.ONLINE, DAY.plusDays(1), LocalTime.of(15, 0), 60,
                "Hôtel de ville", "https://meet.example.org/suivi"));
        assertThat(session.startsAt()).isEqualTo(Instant.parse("2026-12-04T15:00:00Z"));
        assertThat(session.details()).as("an online session keeps no place").isEqualTo(new EditionSession.Details("Appel de suivi",
                SessionMode.ONLINE, DAY.plusDays(1), LocalTime.of(15, 0), 60, null, "https://meet.example.org/suivi"));
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
