package io.attune.widget.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.messaging.simp.broker.DefaultSubscriptionRegistry;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The WebSocket endpoint's set-up: the handshake as a browser makes it, byte for byte over a socket. */
@SpringBootTest(classes = WidgetTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:widget-handshake-it;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1")
class WebSocketHandshakeIT {

    @LocalServerPort
    int port;

    @Test
    void aBrowserAskingForCompressionIsUpgradedWithoutIt() throws Exception {
        List<String> response = handshake("Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n");

        assertThat(response.get(0)).startsWith("HTTP/1.1 101");
        assertThat(response).anyMatch(h -> h.startsWith("Sec-WebSocket-Accept:"));
        assertThat(response).noneMatch(h -> h.toLowerCase().startsWith("sec-websocket-extensions"));
    }

    @Test
    void theBrokerRemembersTheSubscribersOfThousandsOfChats(@Autowired SimpleBrokerMessageHandler broker) {
        assertThat(((DefaultSubscriptionRegistry) broker.getSubscriptionRegistry()).getCacheLimit()).isEqualTo(50_000);
    }

    /** The response's status line and headers. */
    private List<String> handshake(String extraHeaders) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Protocol: v12.stomp\r\n" + extraHeaders + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            List<String> lines = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                lines.add(line);
            }
            return lines;
        }
    }
}
