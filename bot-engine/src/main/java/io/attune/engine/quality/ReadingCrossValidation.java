package io.attune.engine.quality;

import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.FittedReading;
import io.attune.engine.quality.ReadingData.Turn;
import io.attune.engine.quality.ReadingFit.Variant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * Held-out readings of the tune part, two ways. By conversation: 5 folds, every turn of a conversation in
 * the same fold, so no model reads a turn whose conversation it was fitted on. By file: each tune file is
 * read by a model fitted on the others only. The files were written at different times, after looking at
 * different misses (tune-extra after tune's, tune-voices before any feature it could have suggested), so
 * by file is the nearer estimate of how the reading carries to other writers' wording.
 */
final class ReadingCrossValidation {

    static final int FOLDS = 5;

    private final List<List<Turn>> byChat;
    private final List<Turn> extra;
    private final List<String> files;

    ReadingCrossValidation(List<List<Turn>> byChat, List<Turn> extra) {
        this.byChat = byChat;
        this.extra = extra;
        this.files = byChat.stream().map(c -> c.get(0).file()).distinct().toList();
    }

    List<String> files() {
        return files;
    }

    /** Figures over all tune turns, each read by a model fitted without its conversation's fold. */
    Figures byConversation(Variant v) {
        return figures(heldOut(v, FOLDS, i -> i), null);
    }

    /** Figures of each file's turns read by a model fitted on the other files, and over all of them ("all"). */
    Map<String, Figures> byFile(Variant v) {
        List<Map<Emotion, Double>> readings = heldOut(v, files.size(), i -> files.indexOf(byChat.get(i).get(0).file()));
        Map<String, Figures> f = new LinkedHashMap<>();
        f.put("all", figures(readings, null));
        for (String file : files) {
            f.put(file, figures(readings, file));
        }
        return f;
    }

    /** The by-conversation readings of every turn, in order (for the diagnosis). */
    List<Map<Emotion, Double>> heldOutByConversation(Variant v) {
        return heldOut(v, FOLDS, i -> i);
    }

    private Figures figures(List<Map<Emotion, Double>> readings, String file) {
        List<Turn> turns = byChat.stream().flatMap(List::stream).toList();
        Figures f = new Figures();
        for (int i = 0; i < turns.size(); i++) {
            if (file == null || turns.get(i).file().equals(file)) {
                f.add(turns.get(i), readings.get(i));
            }
        }
        return f;
    }

    /** The reading of every turn (in order) by models fitted on the conversations of the other folds; {@code group} maps a conversation's index to its fold. */
    private List<Map<Emotion, Double>> heldOut(Variant v, int folds, IntUnaryOperator group) {
        List<List<Map<Emotion, Double>>> byChatReadings = new ArrayList<>();
        byChat.forEach(c -> byChatReadings.add(null));
        for (int fold = 0; fold < folds; fold++) {
            List<List<Turn>> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < byChat.size(); i++) {
                if (group.applyAsInt(i) % folds == fold) {
                    test.add(i);
                } else {
                    train.add(byChat.get(i));
                }
            }
            FittedReading model = new FittedReading(ReadingFit.train(train, extra, v));
            for (int i : test) {
                byChatReadings.set(i, byChat.get(i).stream().map(t -> model.intensities(v.features(t))).toList());
            }
        }
        return byChatReadings.stream().flatMap(List::stream).toList();
    }

    static double upset(Map<Emotion, Double> r) {
        return Math.max(r.get(Emotion.ANGER), r.get(Emotion.FRUSTRATION));
    }

    /** The reading figures of ChatEvaluation, on held-out readings. */
    static final class Figures {
        int strong;
        int strongRight;
        int high;
        int highRead;
        int medium;
        int mediumRead;
        int calm;
        int calmUpset;
        final ChatEvaluation.Calibration calibration = new ChatEvaluation.Calibration();

        void add(Turn t, Map<Emotion, Double> r) {
            Emotion label = t.label().label();
            double upset = upset(r);
            if (t.label().strong() && label != Emotion.NEUTRAL) {
                strong++;
                strongRight += ChatEvaluation.Figures.strongestFeeling(r) == label ? 1 : 0;
            }
            if (t.upsetEmotion() && t.high()) {
                high++;
                highRead += upset >= ChatEvaluation.UPSET ? 1 : 0;
            }
            if (t.upsetEmotion() && "medium".equals(t.label().intensity())) {
                medium++;
                mediumRead += upset >= ChatEvaluation.UPSET ? 1 : 0;
            }
            if (label == Emotion.NEUTRAL || label == Emotion.GRATITUDE || label == Emotion.JOY) {
                calm++;
                calmUpset += upset >= ChatEvaluation.UPSET ? 1 : 0;
            }
            calibration.add(upset, t.strongUpset());
        }

        String row(String name) {
            return String.format(Locale.ROOT, "| %s | %s | %s | %s | %.3f | %s | %.3f |", name, share(strongRight, strong),
                    share(highRead, high), share(calmUpset, calm), calibration.ece(), share(mediumRead, medium), score());
        }

        /** One number to compare variants by: strongest right plus high upset read, minus four times calm read upset. */
        double score() {
            return (double) strongRight / Math.max(1, strong) + (double) highRead / Math.max(1, high)
                    - 4.0 * calmUpset / Math.max(1, calm);
        }

        private static String share(int part, int whole) {
            return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.0f%% (%d/%d)", 100.0 * part / whole, part, whole);
        }
    }
}
