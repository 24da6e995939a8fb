package io.attune.widget.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.attune.engine.conversation.FlowState;
import io.attune.engine.conversation.QuickReply;
import java.util.List;

/** The JSON text columns. Its own mapper: the stored format must not change with the app's Jackson settings. */
final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules().build();
    private static final TypeReference<List<QuickReply>> QUICK_REPLIES = new TypeReference<>() {
    };

    private Json() {
    }

    static String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store " + value.getClass().getSimpleName(), e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        return json == null ? null : read(json, MAPPER.getTypeFactory().constructType(type));
    }

    static FlowState readFlow(String json) {
        return read(json, FlowState.class);
    }

    static List<QuickReply> readQuickReplies(String json) {
        return json == null ? List.of() : read(json, MAPPER.getTypeFactory().constructType(QUICK_REPLIES));
    }

    private static <T> T read(String json, com.fasterxml.jackson.databind.JavaType type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not a " + type.getRawClass().getSimpleName(), e);
        }
    }
}
