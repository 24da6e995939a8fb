package io.attune.engine.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.engine.conversation.Author;
import io.attune.engine.conversation.Turn;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmotionReadingTests {

    @Test
    void upsetIsTheStrongestOfAngerFrustrationAndAnxietyNotSadness() {
        EmotionReading anxious = new EmotionReading(-0.3, List.of(0.2, 0.2, 0.2, 0.2, 0.2),
                Map.of(Emotion.ANGER, 0.1, Emotion.FRUSTRATION, 0.3, Emotion.ANXIETY, 0.7, Emotion.SADNESS, 0.9), Set.of());

        assertThat(anxious.upset()).as("sadness is not upset").isEqualTo(0.7);
    }

    @Test
    void aTurnWithoutAReadingIsNotUpset() {
        Turn agent = new Turn(4, Author.AGENT, "Sam", "Let me look", Instant.EPOCH, null, null, null, List.of());

        assertThat(agent.upset()).isZero();
    }
}
