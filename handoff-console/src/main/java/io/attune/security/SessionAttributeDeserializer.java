package io.attune.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;

/**
 * Reads a session attribute that Spring Session JDBC stored as serialized Java, and reads one it cannot
 * (written by an older build whose classes, say Spring Security's, have changed since) as absent. The
 * agent is then simply logged out and logs in again; without this, every request of theirs would fail
 * until the stale session expired, and each failing request would keep it alive.
 */
final class SessionAttributeDeserializer implements Converter<byte[], Object> {

    private static final Logger log = LoggerFactory.getLogger(SessionAttributeDeserializer.class);

    private final DeserializingConverter deserializer;

    SessionAttributeDeserializer(ClassLoader classLoader) {
        this.deserializer = new DeserializingConverter(classLoader);
    }

    @Override
    public Object convert(byte[] stored) {
        try {
            return deserializer.convert(stored);
        } catch (SerializationFailedException unreadable) {
            log.info("A stored session attribute could not be read, so it is ignored (its user logs in again): {}",
                    unreadable.getMostSpecificCause().toString());
            return null;
        }
    }
}
