package io.attune.widget.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.messaging.simp.broker.DefaultSubscriptionRegistry;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.AbstractWebSocketHandler;

/** The WebSocket endpoint's set-up: the handshake as a browser makes it, byte for byte over a socket. */
@SpringBootTest(classes = WidgetTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:widget-handshake-it;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1")
@ExtendWith(OutputCaptureExtension.class)
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
    void aMalformedOriginIsRefusedWith403NotAServerError() throws Exception {
        for (String origin : List.of("http://[bad", "::::", "http://user@host:1/x")) {
            HttpResponse<String> session = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/widget/sessions")).header("Origin", origin)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"siteKey\":\"x\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(session.statusCode()).as(origin).isEqualTo(403);
            assertThat(session.body()).doesNotContain("Exception");
        }
        assertThat(handshake("Origin: http://[bad\r\n").get(0)).startsWith("HTTP/1.1 403");
        assertThat(handshake("Origin: ::::\r\n").get(0)).startsWith("HTTP/1.1 403");
        assertThat(handshake("Origin: http://127.0.0.1:" + port + "\r\n").get(0)).startsWith("HTTP/1.1 101");
    }

    @Test
    void theBrokerRemembersTheSubscribersOfThousandsOfChats(@Autowired SimpleBrokerMessageHandler broker) {
        assertThat(((DefaultSubscriptionRegistry) broker.getSubscriptionRegistry()).getCacheLimit()).isEqualTo(50_000);
    }

    @Test
    void aStompFrameOverTheTextBufferClosesTheConnectionAsTooBigAndOneUnderItIsAnswered() throws Exception {
        // Spring's STOMP handler would raise the buffer to 16,640 characters; the widget's keeps it at 8,192
        assertThat(firstAnswerTo(connectFrame(8_192 + 800))).isEqualTo("closed " + CloseStatus.TOO_BIG_TO_PROCESS.getCode());
        assertThat(firstAnswerTo(connectFrame(8_192 - 800))).startsWith("CONNECTED");
    }

    @Test
    void aFrameThatCannotBeParsedGetsAnErrorInOurWordsAndOneWarningLine(CapturedOutput log) throws Exception {
        for (String frame : List.of("HELLO\n\n\0", "CONNECT\naccept-version:1.2\n<script>x</script>\n\n\0")) {
            String answer = firstAnswerTo(frame);

            assertThat(answer).startsWith("ERROR").contains("message:malformed-frame")
                    .doesNotContain("org.", "Exception", "StompCommand", "HELLO", "<script>");
        }
        assertThat(log.getOut()).contains("WARN").contains("refused a STOMP frame that could not be read")
                .doesNotContain("Failed to parse");
    }

    @Test
    void eachConnectionKeepsSmallerSocketBuffersThanTomcatsDefault(@Autowired ServletWebServerApplicationContext context) {
        var connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();

        assertThat(connector.getProperty("socket.appReadBufSize")).hasToString("4096");
        assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString("4096");
    }

    /** A STOMP CONNECT frame without a customer's token, padded by a header to that many characters. */
    private static String connectFrame(int chars) {
        String head = "CONNECT\naccept-version:1.2\nhost:localhost\nx-padding:";
        String tail = "\n\n\0";
        return head + "x".repeat(chars - head.length() - tail.length()) + tail;
    }

    /** Sends the frame over a new STOMP WebSocket: the server's first frame back, or "closed " and its close code. */
    private String firstAnswerTo(String frame) throws Exception {
        CompletableFuture<String> answer = new CompletableFuture<>();
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        headers.setSecWebSocketProtocol("v12.stomp");
        WebSocketSession session = new StandardWebSocketClient().execute(new AbstractWebSocketHandler() {
            @Override
            protected void handleTextMessage(WebSocketSession s, TextMessage message) {
                answer.complete(message.getPayload());
            }

            @Override
            public void afterConnectionClosed(WebSocketSession s, CloseStatus status) {
                answer.complete("closed " + status.getCode());
            }
        }, headers, URI.create("ws://127.0.0.1:" + port + "/ws")).get(10, TimeUnit.SECONDS);
        try {
            session.sendMessage(new TextMessage(frame));
            return answer.get(10, TimeUnit.SECONDS);
        } finally {
            session.close();
        }
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
