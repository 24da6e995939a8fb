package io.attune.engine.quality;

import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionModel;
import io.attune.engine.emotion.GoEmotionsLabels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The emotion model's macro-F1 on GoEmotions: on the 28 fine labels, Ekman's 7 and Attune's 8. Each
 * comment gets one predicted label per view (the view's most probable group); it is right when that
 * label is among the comment's gold labels in that view.
 */
final class EmotionEvaluation {

    record Result(double fineF1, double ekmanF1, double attuneF1, double attuneAccuracy, int comments) {
    }

    private EmotionEvaluation() {
    }

    static Result evaluate(EmotionModel model, List<Datasets.GoEmotion> dev) {
        List<String> labels = model.textModel().labels();
        List<Set<String>> goldFine = new ArrayList<>();
        List<Set<String>> goldEkman = new ArrayList<>();
        List<Set<String>> goldAttune = new ArrayList<>();
        List<String> fine = new ArrayList<>();
        List<String> ekman = new ArrayList<>();
        List<String> attune = new ArrayList<>();
        for (Datasets.GoEmotion comment : dev) {
            goldFine.add(Set.copyOf(comment.labels()));
            goldEkman.add(comment.labels().stream().map(GoEmotionsLabels::ekman).collect(Collectors.toSet()));
            goldAttune.add(comment.labels().stream().map(l -> GoEmotionsLabels.attune(l).name())
                    .collect(Collectors.toSet()));
            double[] p = model.labelProbabilities(comment.text());
            fine.add(labels.get(argmax(p)));
            ekman.add(best(labels, p, GoEmotionsLabels::ekman));
            attune.add(best(labels, p, l -> GoEmotionsLabels.attune(l).name()));
        }
        List<String> attuneNames = Arrays.stream(Emotion.values()).map(Emotion::name).toList();
        return new Result(Metrics.macroF1(goldFine, fine, GoEmotionsLabels.ALL),
                Metrics.macroF1(goldEkman, ekman, GoEmotionsLabels.ekmanLabels()),
                Metrics.macroF1(goldAttune, attune, attuneNames), Metrics.accuracy(goldAttune, attune), dev.size());
    }

    private static String best(List<String> labels, double[] p, java.util.function.Function<String, String> group) {
        Map<String, Double> sums = new HashMap<>();
        for (int i = 0; i < p.length; i++) {
            sums.merge(group.apply(labels.get(i)), p[i], Double::sum);
        }
        return sums.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            best = p[i] > p[best] ? i : best;
        }
        return best;
    }
}
