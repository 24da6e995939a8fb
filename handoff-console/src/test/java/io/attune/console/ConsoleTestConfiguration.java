package io.attune.console;

import io.attune.engine.emotion.Cue;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionReader;
import io.attune.engine.emotion.EmotionReading;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The console's tests are about claims, security and pages, not about reading emotions: a small
 * predictable reader keeps them fast and independent of the NLP models. Words decide the reading:
 * "angry" reads as strong anger, "person" as asking for a person.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ConsoleTestConfiguration {

    @Bean
    @Primary
    EmotionReader predictableEmotionReader() {
        return (text, earlier) -> {
            String lower = text == null ? "" : text.toLowerCase();
            boolean angry = lower.contains("angry");
            Set<Cue> cues = lower.contains("person") ? Set.of(Cue.ASKED_FOR_PERSON) : Set.of();
            return angry
                    ? new EmotionReading(-0.8, List.of(0.7, 0.2, 0.1, 0.0, 0.0), Map.of(Emotion.ANGER, 0.9), cues)
                    : new EmotionReading(0.0, List.of(0.0, 0.0, 1.0, 0.0, 0.0), Map.of(Emotion.NEUTRAL, 1.0), cues);
        };
    }
}
