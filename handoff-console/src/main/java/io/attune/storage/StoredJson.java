package io.attune.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON text columns the console and admin pages read and write (thresholds, load rules, analytics, what-if runs, the turns'
 * readings). Its own mapper: the stored format must not change with the application's Jackson settings.
 */
public final class StoredJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

    private StoredJson() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store " + value.getClass().getSimpleName(), e);
        }
    }

    /** @return null for a null column */
    public static <T> T read(String json, Class<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not a " + type.getSimpleName() + ": " + abbreviated(json), e);
        }
    }

    private static String abbreviated(String json) {
        return json.length() <= 200 ? json : json.substring(0, 200) + "…";
    }
}
