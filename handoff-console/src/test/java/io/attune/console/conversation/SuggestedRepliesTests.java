package io.attune.console.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.engine.emotion.Cue;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionReading;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuggestedRepliesTests {

    private final SuggestedReplies replies = new SuggestedReplies();

    @Test
    void strongAngerIsAcknowledgedFirstByName() {
        List<String> fit = replies.forReading(reading(Emotion.ANGER, 0.9), "Alex", "Dana");

        assertThat(fit).hasSizeBetween(2, 3);
        assertThat(fit.get(0)).startsWith("I'm really sorry, Alex");
        assertThat(fit).noneMatch(r -> r.contains("can't") || r.contains("cannot"));
    }

    @Test
    void theSameEmotionWhenMildIsWordedMoreLightly() {
        assertThat(replies.forReading(reading(Emotion.ANGER, 0.3), "Alex", "Dana").get(0))
                .isNotEqualTo(replies.forReading(reading(Emotion.ANGER, 0.9), "Alex", "Dana").get(0));
    }

    @Test
    void differentFeelingsGetDifferentReplies() {
        List<String> anxious = replies.forReading(reading(Emotion.ANXIETY, 0.8), null, "Dana");
        List<String> confused = replies.forReading(reading(Emotion.CONFUSION, 0.8), null, "Dana");
        List<String> grateful = replies.forReading(reading(Emotion.GRATITUDE, 0.8), null, "Dana");

        assertThat(anxious.get(0)).contains("worrying");
        assertThat(confused.get(0)).contains("step by step");
        assertThat(grateful.get(0)).startsWith("Glad to hear it");
        assertThat(anxious).doesNotContainAnyElementsOf(confused);
    }

    @Test
    void askingForAPersonIsAnsweredByTheAgentInPerson() {
        EmotionReading asked = new EmotionReading(-0.3, List.of(0.1, 0.4, 0.5, 0.0, 0.0),
                Map.of(Emotion.FRUSTRATION, 0.7), Set.of(Cue.ASKED_FOR_PERSON, Cue.REPEATED_MESSAGE));

        List<String> fit = replies.forReading(asked, "Sam", "Dana");

        assertThat(fit.get(0)).contains("I'm Dana");
        assertThat(fit.get(1)).contains("repeat yourself");
        assertThat(fit).hasSize(3);
    }

    private static EmotionReading reading(Emotion emotion, double intensity) {
        return new EmotionReading(-0.5, List.of(0.2, 0.5, 0.3, 0.0, 0.0), Map.of(emotion, intensity), Set.of());
    }
}
