package io.attune.engine.emotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.attune.engine.emotion.FittedReading.Calibration;
import org.junit.jupiter.api.Test;

/** The upset part's calibration curve: piecewise linear through its points, flat beyond them. */
class CalibrationTests {

    private final Calibration curve = new Calibration(new double[] {0.2, 0.5, 0.9}, new double[] {0.1, 0.3, 0.95});

    @Test
    void interpolatesBetweenPointsAndIsFlatBeyondThem() {
        assertThat(curve.apply(0.35)).isCloseTo(0.2, within(1e-9));
        assertThat(curve.apply(0.5)).isCloseTo(0.3, within(1e-9));
        assertThat(curve.apply(0.0)).isEqualTo(0.1);
        assertThat(curve.apply(1.0)).isEqualTo(0.95);
    }

    @Test
    void theIdentityLeavesAProbabilityAsItIs() {
        assertThat(Calibration.identity().apply(0.37)).isCloseTo(0.37, within(1e-9));
    }
}
