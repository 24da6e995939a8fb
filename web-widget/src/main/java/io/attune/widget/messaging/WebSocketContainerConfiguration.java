package io.attune.widget.messaging;

import io.attune.widget.CustomerDestinations;
import io.attune.widget.MessagingProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What each open WebSocket costs the server. A quiet chat holds its connection for as long as the page
 * is open, so the per-connection buffers decide how many chats one instance can hold (see
 * docs/benchmarks/load.md): STOMP here is text only, so the binary buffer is small, and no compression is
 * negotiated ({@link UncompressedWebSockets}).
 */
@Configuration
class WebSocketContainerConfiguration {

    /** Tomcat's WebSocket container reads its buffer sizes from these context parameters when it starts. */
    static final String TEXT_BUFFER = "org.apache.tomcat.websocket.textBufferSize";
    static final String BINARY_BUFFER = "org.apache.tomcat.websocket.binaryBufferSize";

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> webSocketBuffers(MessagingProperties messaging) {
        return factory -> {
            factory.addContextCustomizers(context -> {
                context.addParameter(TEXT_BUFFER, Integer.toString(messaging.textFrameBufferChars()));
                context.addParameter(BINARY_BUFFER, Integer.toString(messaging.binaryFrameBufferBytes()));
            });
            factory.addConnectorCustomizers(connector -> {
                connector.setProperty("socket.appReadBufSize", Integer.toString(messaging.socketBufferBytes()));
                connector.setProperty("socket.appWriteBufSize", Integer.toString(messaging.socketBufferBytes()));
            });
        };
    }

    @Bean
    FilterRegistrationBean<UncompressedWebSockets> uncompressedWebSockets() {
        FilterRegistrationBean<UncompressedWebSockets> filter = new FilterRegistrationBean<>(new UncompressedWebSockets());
        filter.addUrlPatterns(CustomerDestinations.ENDPOINT);
        return filter;
    }
}
