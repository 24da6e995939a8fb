package io.attune.load;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * An SVG line chart of per-turn latency (p50, p95, p99; log scale) against the turns per second each
 * level achieved, with the target and ceiling limits drawn across. Plain SVG: no chart library needed.
 */
final class LatencyChart {

    private static final int W = 720;
    private static final int H = 420;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;

    private final List<LevelResult> levels;
    private final double maxRate;
    private final double maxMs;

    LatencyChart(List<LevelResult> levels) {
        // A level with errors measured a failing server, not latency under load: left out. So is the level
        // with thousands of idle connections open: another condition, not a point on this curve (it is in
        // the report's table).
        this.levels = levels.stream().filter(l -> l.errorCount() == 0 && l.counted() && !l.withIdleConnections())
                .sorted(Comparator.comparingDouble(LevelResult::turnsPerSecond)).toList();
        this.maxRate = Math.max(1, this.levels.stream().mapToDouble(LevelResult::turnsPerSecond).max().orElse(1)) * 1.1;
        this.maxMs = Math.max(Plan.CEILING_P99_MS * 2, this.levels.stream().mapToDouble(l -> l.turn().p99()).max().orElse(1));
    }

    String svg() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n", W, H));
        s.append(text(W / 2.0, 22, "middle", "Per-turn latency (send to bot reply) by load, one instance", 14));
        for (double ms = 1; ms <= maxMs * 1.01; ms *= 10) {
            s.append(line(LEFT, y(ms), W - RIGHT, y(ms), "#ddd", "")).append(text(LEFT - 6, y(ms) + 4, "end", fmt(ms) + " ms", 12));
        }
        for (int i = 0; i <= 5; i++) {
            double rate = maxRate * i / 5;
            s.append(text(x(rate), H - BOTTOM + 18, "middle", fmt(rate), 12));
        }
        s.append(text(W / 2.0, H - 18, "middle", "customer turns per second (all customers together)", 12));
        s.append(limit(Plan.TARGET_P99_MS, "target p99 100 ms", "#2a7")).append(limit(Plan.CEILING_P99_MS, "ceiling p99 250 ms", "#c33"));
        s.append(series(LevelStats.Percentiles::p50, "#48c", "p50", 0));
        s.append(series(LevelStats.Percentiles::p95, "#e90", "p95", 1));
        s.append(series(LevelStats.Percentiles::p99, "#c33", "p99", 2));
        return s.append("</svg>\n").toString();
    }

    private String series(ToDoubleFunction<LevelStats.Percentiles> value, String colour, String label, int n) {
        StringBuilder points = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (LevelResult l : levels) {
            double px = x(l.turnsPerSecond());
            double py = y(value.applyAsDouble(l.turn()));
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", px, py));
            dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", px, py, colour));
        }
        double legendX = LEFT + 20 + n * 70;
        return String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n",
                colour, points) + dots + line(legendX, TOP + 10, legendX + 20, TOP + 10, colour, "")
                + text(legendX + 24, TOP + 14, "start", label, 12);
    }

    private String limit(double ms, String label, String colour) {
        return line(LEFT, y(ms), W - RIGHT, y(ms), colour, " stroke-dasharray=\"6 4\"")
                + text(W - RIGHT - 4, y(ms) - 4, "end", label, 11);
    }

    private double x(double rate) {
        return LEFT + (W - LEFT - RIGHT) * rate / maxRate;
    }

    private double y(double ms) {
        double top = Math.log10(maxMs * 1.2);
        double v = Math.log10(Math.max(ms, 1));
        return TOP + (H - TOP - BOTTOM) * (1 - v / top);
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, String extra) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>%n",
                x1, y1, x2, y2, colour, extra);
    }

    private static String text(double x, double y, String anchor, String content, int size) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\">%s</text>%n",
                x, y, anchor, size, content);
    }

    private static String fmt(double v) {
        return v >= 10 || v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
