package io.attune.engine.meaning;

import java.util.Arrays;

/** A sentence's meaning from {@link SentenceEncoder}: unit length (or zero for an empty text). */
public record SentenceVector(double[] values) {

    /** all-MiniLM-L6-v2's width. */
    public static final int DIMENSIONS = 384;

    public SentenceVector {
        values = values.clone();
    }

    static SentenceVector zero(int dimensions) {
        return new SentenceVector(new double[dimensions]);
    }

    static SentenceVector unit(double[] v) {
        double norm = Math.sqrt(Arrays.stream(v).map(x -> x * x).sum());
        double[] u = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = norm == 0 ? 0 : v[i] / norm;
        }
        return new SentenceVector(u);
    }

    public int dimensions() {
        return values.length;
    }

    public double get(int i) {
        return values[i];
    }

    /** Cosine similarity (both are unit length), 0 when either is zero. */
    public double similarity(SentenceVector other) {
        double dot = 0;
        for (int i = 0; i < values.length; i++) {
            dot += values[i] * other.values[i];
        }
        return dot;
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SentenceVector s && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "SentenceVector[" + values.length + "]";
    }
}
