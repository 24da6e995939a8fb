package io.attune.engine.intent;

import java.util.Objects;

/** One training or evaluation example: a text and its label. */
public record LabeledText(String text, String label) {

    public LabeledText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
    }
}
