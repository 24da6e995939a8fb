package io.attune.engine.quality;

import java.util.Arrays;

/** Recorded durations of one kind of call, summarised as median, p99 and maximum in milliseconds. */
final class Latencies {

    private double[] millis = new double[1024];
    private int size;

    void record(long nanos) {
        if (size == millis.length) {
            millis = Arrays.copyOf(millis, size * 2);
        }
        millis[size++] = nanos / 1e6;
    }

    double mean() {
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += millis[i];
        }
        return size == 0 ? 0 : sum / size;
    }

    int count() {
        return size;
    }

    double median() {
        return percentile(0.50);
    }

    double p99() {
        return percentile(0.99);
    }

    double max() {
        return percentile(1.0);
    }

    private double percentile(double p) {
        double[] sorted = Arrays.copyOf(millis, size);
        Arrays.sort(sorted);
        return SentimentEvaluation.percentile(sorted, p);
    }

    String summary() {
        return String.format("median %.2f ms, p99 %.2f ms, max %.1f ms (%,d calls)", median(), p99(), max(), size);
    }
}
