package io.attune.engine.emotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EmotionModelTests {

    private final EmotionModel model = EmotionModel.fromClasspath();

    @Test
    void predictsExactlyTheGoEmotionsLabelsAndMapsEachToBothViews() {
        assertThat(model.textModel().labels()).containsExactlyInAnyOrderElementsOf(GoEmotionsLabels.ALL);
        assertThat(GoEmotionsLabels.ALL).allSatisfy(label ->
                assertThat(GoEmotionsLabels.ekmanLabels()).contains(GoEmotionsLabels.ekman(label)));
    }

    @Test
    void groupsTheBriefsEmotionsAsAgreed() {
        assertThat(GoEmotionsLabels.attune("annoyance")).isEqualTo(Emotion.FRUSTRATION);
        assertThat(GoEmotionsLabels.attune("disappointment")).isEqualTo(Emotion.FRUSTRATION);
        assertThat(GoEmotionsLabels.attune("nervousness")).isEqualTo(Emotion.ANXIETY);
        assertThat(GoEmotionsLabels.attune("fear")).isEqualTo(Emotion.ANXIETY);
        assertThat(GoEmotionsLabels.attune("curiosity")).isEqualTo(Emotion.NEUTRAL);
    }

    @Test
    void intensitiesAreProbabilitiesSummedByCategory() {
        Map<Emotion, Double> intensities = model.intensities("I can't believe you lost my parcel again, so annoying");

        assertThat(intensities.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, offset(1e-6));
        assertThat(intensities.get(Emotion.FRUSTRATION)).isGreaterThan(intensities.get(Emotion.JOY));
    }
}
