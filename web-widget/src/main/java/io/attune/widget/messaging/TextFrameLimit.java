package io.attune.widget.messaging;

import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;

/**
 * Keeps each connection's text frame buffer at {@code attune.messaging.text-frame-buffer-chars}. Spring's
 * STOMP handler raises it to 16,640 characters when a session starts (STOMP's recommended minimum frame),
 * and the container keeps a buffer that size for as long as the connection is open: 33 KB of heap for
 * every open chat, where a widget's largest frame (2,000 characters of text, escaped, plus headers) is
 * under 5,000. Set back right after the session starts, before the first frame, so the larger buffer is
 * never allocated. A larger frame closes the connection with 1009 (too big).
 */
final class TextFrameLimit extends WebSocketHandlerDecorator {

    private final int chars;

    TextFrameLimit(WebSocketHandler delegate, int chars) {
        super(delegate);
        this.chars = chars;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws Exception {
        super.afterConnectionEstablished(session);
        session.setTextMessageSizeLimit(chars);
    }
}
