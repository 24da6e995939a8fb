package io.attune.engine.event;

/** Where the engine announces what happened; the application adapts it to its own event bus. */
@FunctionalInterface
public interface EngineEventPublisher {

    void publish(EngineEvent event);
}
