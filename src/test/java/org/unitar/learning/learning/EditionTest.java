package org.unitar.learning.learning;

import org.junit.jupiter.api.Test;
import org.unitar.learning.shared.InputRefused;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditionTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void enrolmentIsOpenOnlyWithinItsWindowAndBeforeTheEditionEnds() {
        Edition edition = Edition.scheduled(1, details("March cohort", "2027-03-01", "2027-03-31", "2027-01-15", "2027-02-20", 25), "t", NOW);

        assertThat(edition.closedReason(LocalDate.parse("2027-01-14"))).isEqualTo("enrolment.refused.notYetOpen");
        assertThat(edition.closedReason(LocalDate.parse("2027-01-15"))).isNull();
        assertThat(edition.closedReason(LocalDate.parse("2027-02-20"))).isNull();
        assertThat(edition.closedReason(LocalDate.parse("2027-02-21"))).isEqualTo("enrolment.refused.closed");
        assertThat(Edition.openEnded(1, "Self-paced", "platform", NOW).closedReason(LocalDate.parse("2099-01-01"))).isNull();
    }

    @Test
    void anEditionWithoutAWindowTakesEnrolmentsUntilItsLastDay() {
        Edition edition = Edition.scheduled(1, details("April", "2027-04-01", "2027-04-30", null, null, null), "t", NOW);

        assertThat(edition.closedReason(LocalDate.parse("2027-04-30"))).isNull();
        assertThat(edition.closedReason(LocalDate.parse("2027-05-01"))).isEqualTo("enrolment.refused.closed");
        assertThat(edition.isFull()).isFalse();
    }

    @Test
    void datesOutOfOrderAndImpossiblePlacesAreRefusedByField() {
        assertThatThrownBy(() -> Edition.scheduled(1, details(" ", "2027-04-01", "2027-04-30", null, null, null), "t", NOW))
                .isInstanceOf(InputRefused.class).extracting(e -> ((InputRefused) e).field()).isEqualTo("name");
        assertThatThrownBy(() -> Edition.scheduled(1, details("x", "2027-04-30", "2027-04-01", null, null, null), "t", NOW))
                .extracting(e -> ((InputRefused) e).messageKey()).isEqualTo("edition.endsBeforeStart");
        assertThatThrownBy(() -> Edition.scheduled(1, details("x", "2027-04-01", "2027-04-30", "2027-03-10", "2027-03-01", null), "t", NOW))
                .extracting(e -> ((InputRefused) e).messageKey()).isEqualTo("edition.windowOrder");
        assertThatThrownBy(() -> Edition.scheduled(1, details("x", "2027-04-01", "2027-04-30", null, "2027-05-01", null), "t", NOW))
                .extracting(e -> ((InputRefused) e).messageKey()).isEqualTo("edition.windowAfterEnd");
        assertThatThrownBy(() -> Edition.scheduled(1, details("x", "2027-04-01", "2027-04-30", null, null, 0), "t", NOW))
                .extracting(e -> ((InputRefused) e).field()).isEqualTo("capacity");
        assertThatThrownBy(() -> Edition.scheduled(1, details("x", null, "2027-04-30", null, null, null), "t", NOW))
                .extracting(e -> ((InputRefused) e).field()).isEqualTo("startsOn");
    }

    private static EditionDetails details(String name, String starts, String ends, String from, String until, Integer capacity) {
        EditionDetails details = new EditionDetails();
        details.setName(name);
        details.setStartsOn(starts == null ? null : LocalDate.parse(starts));
        details.setEndsOn(ends == null ? null : LocalDate.parse(ends));
        details.setEnrolFrom(from == null ? null : LocalDate.parse(from));
        details.setEnrolUntil(until == null ? null : LocalDate.parse(until));
        details.setCapacity(capacity);
        return details;
    }
}
