package io.attune.engine.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DaysTests {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

    @Test
    void saysNearDaysAsAPersonWouldAndFarOnesAsDates() {
        assertThat(Days.relative(WEDNESDAY, WEDNESDAY)).isEqualTo("today");
        assertThat(Days.relative(WEDNESDAY.minusDays(1), WEDNESDAY)).isEqualTo("yesterday");
        assertThat(Days.relative(WEDNESDAY.plusDays(1), WEDNESDAY)).isEqualTo("tomorrow");
        assertThat(Days.relative(WEDNESDAY.minusDays(2), WEDNESDAY)).isEqualTo("on Monday");
        assertThat(Days.relative(WEDNESDAY.plusDays(3), WEDNESDAY)).isEqualTo("on Saturday");
        assertThat(Days.relative(WEDNESDAY.minusDays(7), WEDNESDAY)).isEqualTo("on 25 November");
        assertThat(Days.relative(LocalDate.of(2025, 12, 24), WEDNESDAY)).isEqualTo("on 24 December 2025");
    }
}
