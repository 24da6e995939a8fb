package io.attune.engine.emotion;

import java.util.List;

/**
 * Reads sentiment, emotions and cues in one customer turn. Implementations are thread-safe and
 * built once: the models are loaded at construction, never per call.
 */
public interface EmotionReader {

    /**
     * @param text                    the customer's message, any content (empty, very long, emoji, other languages)
     * @param earlierCustomerMessages the customer's earlier messages in this conversation, oldest first
     *                                (for {@link Cue#REPEATED_MESSAGE})
     * @return a reading; never throws for any text
     */
    EmotionReading read(String text, List<String> earlierCustomerMessages);
}
