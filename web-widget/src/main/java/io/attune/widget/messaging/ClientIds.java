package io.attune.widget.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.springframework.messaging.Message;

/** The {@code clientId} of a refused SEND, read leniently so the sender can tell which message it was. */
final class ClientIds {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_LENGTH = 100;

    private ClientIds() {
    }

    static String of(Message<?> message) {
        if (!(message.getPayload() instanceof byte[] body) || body.length == 0) {
            return null;
        }
        try {
            JsonNode id = MAPPER.readTree(body).path("clientId");
            return id.isTextual() && id.asText().length() <= MAX_LENGTH ? id.asText() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
