package io.attune.admin.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** A running replay's progress reaches the database at most once per interval, not after every batch. */
class ProgressWriterTests {

    private static final Duration EVERY = Duration.ofMillis(250);

    @Test
    void writesProgressAtMostOncePerInterval() {
        HandClock clock = new HandClock();
        StoredRuns store = mock(StoredRuns.class);
        ProgressWriter progress = new ProgressWriter("run-1", store, clock, EVERY);

        int done = 0;
        for (int batch = 0; batch < 20; batch++) {
            clock.advance(Duration.ofMillis(50));
            progress.accept(done += 500);
        }

        assertThat(written(store)).as("one write per 250 ms of a 1 s replay of 20 batches")
                .containsExactly(2_500, 5_000, 7_500, 10_000);
    }

    @Test
    void writesNothingForAReplayShorterThanTheInterval() {
        HandClock clock = new HandClock();
        StoredRuns store = mock(StoredRuns.class);
        ProgressWriter progress = new ProgressWriter("run-1", store, clock, EVERY);

        clock.advance(Duration.ofMillis(249));
        progress.accept(400);

        assertThat(written(store)).isEmpty();
    }

    private static List<Integer> written(StoredRuns store) {
        ArgumentCaptor<Integer> done = ArgumentCaptor.forClass(Integer.class);
        verify(store, atLeast(0)).progress(eq("run-1"), done.capture(), any());
        verifyNoMoreInteractions(store);
        return done.getAllValues();
    }
}
