package io.attune.widget.messaging;

import io.attune.widget.CustomerDestinations;
import io.attune.widget.MessagingProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * What each open WebSocket costs the server. A quiet chat holds its connection for as long as the page
 * is open, so the per-connection buffers decide how many chats one instance can hold (see
 * docs/benchmarks/load.md): STOMP here is text only, so the binary buffer is small, and no compression is
 * negotiated ({@link UncompressedWebSockets}).
 */
@Configuration
class WebSocketContainerConfiguration {

    @Bean
    ServletServerContainerFactoryBean webSocketContainer(MessagingProperties messaging) {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(messaging.textFrameBufferChars());
        container.setMaxBinaryMessageBufferSize(messaging.binaryFrameBufferBytes());
        return container;
    }

    @Bean
    FilterRegistrationBean<UncompressedWebSockets> uncompressedWebSockets() {
        FilterRegistrationBean<UncompressedWebSockets> filter = new FilterRegistrationBean<>(new UncompressedWebSockets());
        filter.addUrlPatterns(CustomerDestinations.ENDPOINT);
        return filter;
    }
}
