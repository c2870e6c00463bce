package org.unitar.learning.learning;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unitar.learning.learning.AttendanceStatus.ABSENT;
import static org.unitar.learning.learning.AttendanceStatus.EXCUSED;
import static org.unitar.learning.learning.AttendanceStatus.PRESENT;

class AttendanceRateTest {

    @Test
    void excusedSessionsAreLeftOutAndUnrecordedOnesCountAsMissed() {
        AttendanceRate rate = AttendanceRate.of(Arrays.asList(PRESENT, EXCUSED, ABSENT, null, PRESENT));
        assertThat(rate.attended()).isEqualTo(2);
        assertThat(rate.counted()).isEqualTo(4);
        assertThat(rate.percent()).isEqualTo(50);
        assertThat(rate.meets(50)).isTrue();
        assertThat(rate.meets(51)).isFalse();
    }

    @Test
    void percentagesAreRoundedDownSoAThresholdIsNeverReachedByRounding() {
        assertThat(AttendanceRate.of(List.of(PRESENT, PRESENT, ABSENT)).percent()).isEqualTo(66);
        assertThat(AttendanceRate.of(List.of(PRESENT, PRESENT, ABSENT)).meets(67)).isFalse();
    }

    @Test
    void withoutASessionHeldOrWithoutAThresholdNothingIsAsked() {
        assertThat(AttendanceRate.of(List.of()).meets(100)).isTrue();
        assertThat(AttendanceRate.of(List.of(EXCUSED)).meets(100)).isTrue();
        assertThat(AttendanceRate.of(List.of(ABSENT)).meets(null)).isTrue();
    }
}
