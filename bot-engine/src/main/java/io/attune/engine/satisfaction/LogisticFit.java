package io.attune.engine.satisfaction;

import java.util.EnumMap;
import java.util.List;

/**
 * Fits a {@link SatisfactionModel} by Newton's method on the L2-penalised log-likelihood (the intercept is not
 * penalised). Small and deterministic: a few hundred labelled conversations and eleven features.
 */
public final class LogisticFit {

    private LogisticFit() {
    }

    /** One labelled conversation: its arc and whether the customer answered the survey with 1 or 2. */
    public record Example(ConversationArc arc, boolean dissatisfied) {
    }

    public static SatisfactionModel fit(List<Example> examples, double l2) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no labelled conversations to fit on");
        }
        Feature[] features = Feature.values();
        int d = features.length + 1;
        double[][] x = new double[examples.size()][d];
        double[] y = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            x[i][0] = 1;
            for (int j = 0; j < features.length; j++) {
                x[i][j + 1] = features[j].of(examples.get(i).arc());
            }
            y[i] = examples.get(i).dissatisfied() ? 1 : 0;
        }
        double[] w = new double[d];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int i = 0; i < x.length; i++) {
                double p = 1 / (1 + Math.exp(-dot(w, x[i])));
                for (int a = 0; a < d; a++) {
                    gradient[a] += (p - y[i]) * x[i][a];
                    for (int b = 0; b < d; b++) {
                        hessian[a][b] += p * (1 - p) * x[i][a] * x[i][b];
                    }
                }
            }
            for (int a = 1; a < d; a++) {
                gradient[a] += l2 * w[a];
                hessian[a][a] += l2;
            }
            hessian[0][0] += 1e-9;
            double[] step = solve(hessian, gradient);
            double size = 0;
            for (int a = 0; a < d; a++) {
                w[a] -= step[a];
                size = Math.max(size, Math.abs(step[a]));
            }
            if (size < 1e-8) {
                break;
            }
        }
        EnumMap<Feature, Double> weights = new EnumMap<>(Feature.class);
        for (int j = 0; j < features.length; j++) {
            weights.put(features[j], w[j + 1]);
        }
        return new SatisfactionModel(w[0], weights);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Gaussian elimination with partial pivoting; the penalty keeps the matrix well conditioned. */
    private static double[] solve(double[][] m, double[] v) {
        int n = v.length;
        double[][] a = new double[n][];
        double[] b = v.clone();
        for (int i = 0; i < n; i++) {
            a[i] = m[i].clone();
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] row = a[col];
            a[col] = a[pivot];
            a[pivot] = row;
            double t = b[col];
            b[col] = b[pivot];
            b[pivot] = t;
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c < n; c++) {
                    a[r][c] -= f * a[col][c];
                }
                b[r] -= f * b[col];
            }
        }
        double[] out = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = b[r];
            for (int c = r + 1; c < n; c++) {
                s -= a[r][c] * out[c];
            }
            out[r] = s / a[r][r];
        }
        return out;
    }
}
