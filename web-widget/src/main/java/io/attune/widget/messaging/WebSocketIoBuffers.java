package io.attune.widget.messaging;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Sizes the three I/O buffers Tomcat's WebSocket implementation gives every connection (its frame input,
 * its output and its text encoder: 8 KB each by default) from
 * {@code attune.messaging.websocket-io-buffer-bytes}. Tomcat reads them from a JVM system property once,
 * when its WebSocket classes load, so this runs before the application context and its web server
 * start; a {@code -Dorg.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE} given on the command line wins.
 * Larger frames are read and written in several passes, not refused.
 */
public final class WebSocketIoBuffers implements EnvironmentPostProcessor {

    static final String TOMCAT_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    static final String PROPERTY = "attune.messaging.websocket-io-buffer-bytes";
    static final int DEFAULT_BYTES = 4_096;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(TOMCAT_PROPERTY) == null) {
            int bytes = environment.getProperty(PROPERTY, Integer.class, DEFAULT_BYTES);
            System.setProperty(TOMCAT_PROPERTY, Integer.toString(bytes));
        }
    }
}
