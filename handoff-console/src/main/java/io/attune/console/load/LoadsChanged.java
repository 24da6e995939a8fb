package io.attune.console.load;

/** Some agent's emotional load may have changed: the queue's suggestions are pushed again. */
public record LoadsChanged() {
}
