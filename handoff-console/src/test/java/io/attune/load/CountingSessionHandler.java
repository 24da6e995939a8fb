package io.attune.load;

import java.lang.reflect.Type;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;

/** Counts a connection's ERROR frames and failures as errors of the level running now. */
abstract class CountingSessionHandler extends StompSessionHandlerAdapter {

    private final Harness harness;
    private final String who;

    CountingSessionHandler(Harness harness, String who) {
        this.harness = harness;
        this.who = who;
    }

    /** ERROR frames: the server refused something and closes the connection. */
    @Override
    public void handleFrame(StompHeaders headers, Object payload) {
        harness.stats().error(who + ":stomp-error " + headers.getFirst("message"));
    }

    @Override
    public void handleException(StompSession s, StompCommand command, StompHeaders headers, byte[] payload,
                                Throwable exception) {
        harness.stats().error(who + ":exception " + exception.getClass().getSimpleName());
    }

    @Override
    public void handleTransportError(StompSession s, Throwable exception) {
        harness.stats().error(who + ":transport " + exception.getClass().getSimpleName());
    }

    @Override
    public Type getPayloadType(StompHeaders headers) {
        return String.class;
    }
}
