package io.attune.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Type;
import java.util.function.Consumer;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;

/** A subscription whose MESSAGE bodies are JSON, handed to a callback on the client's I/O thread. */
public record JsonFrames(Consumer<JsonNode> callback) implements StompFrameHandler {

    @Override
    public Type getPayloadType(StompHeaders headers) {
        return JsonNode.class;
    }

    @Override
    public void handleFrame(StompHeaders headers, Object payload) {
        if (payload instanceof JsonNode node) {
            callback.accept(node);
        }
    }
}
