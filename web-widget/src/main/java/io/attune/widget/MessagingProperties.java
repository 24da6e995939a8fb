package io.attune.widget;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The STOMP broker behind {@code /ws} ({@code attune.messaging.*}). One more setting,
 * {@code attune.messaging.websocket-io-buffer-bytes}, is read before the application starts, by
 * {@link io.attune.widget.messaging.WebSocketIoBuffers}.
 *
 * @param broker      {@code simple}: in memory, one instance; {@code relay}: an external STOMP broker
 *                    (RabbitMQ with the STOMP plugin) shared by every instance
 * @param relayHost   the external broker's host, for {@code relay}
 * @param relayPort   its STOMP port
 * @param relayLogin  its login (system and client connections)
 * @param relayPasscode its passcode
 * @param relayVirtualHost the broker's virtual host for every connection (system and clients'); a
 *                    client's own CONNECT {@code host} header is never passed on
 * @param textFrameBufferChars   the largest text frame a client may send, in characters (a customer's
 *                               message is at most 2,000 characters, under 5,000 escaped and with its STOMP
 *                               headers); larger ones close the connection with "message too big" (1009).
 *                               Each open connection keeps a buffer this size (two bytes a character)
 * @param binaryFrameBufferBytes the binary frame buffer: STOMP here is text, so this stays small
 * @param socketBufferBytes      Tomcat's read and write buffers of each connection ({@code socket.appReadBufSize}
 *                               and {@code socket.appWriteBufSize}, 8,192 by default): an open chat keeps
 *                               both for as long as its page is open, and a STOMP frame here is rarely
 *                               over 1 KB, so they are smaller; a larger request or response only takes
 *                               more reads or writes
 * @param subscriptionCacheLimit destinations whose subscribers the in-memory broker remembers; every chat
 *                               has two (its topic and its error queue) plus one on the console. Past the
 *                               limit, a message to a forgotten destination makes the broker scan every
 *                               subscription (Spring's default, 1,024, is below 500 chats)
 */
@ConfigurationProperties("attune.messaging")
public record MessagingProperties(@DefaultValue("simple") Broker broker, @DefaultValue("localhost") String relayHost,
                                  @DefaultValue("61613") int relayPort, @DefaultValue("guest") String relayLogin,
                                  @DefaultValue("guest") String relayPasscode,
                                  @DefaultValue("/") String relayVirtualHost,
                                  @DefaultValue("8192") int textFrameBufferChars,
                                  @DefaultValue("1024") int binaryFrameBufferBytes,
                                  @DefaultValue("4096") int socketBufferBytes,
                                  @DefaultValue("50000") int subscriptionCacheLimit) {

    public enum Broker {
        SIMPLE, RELAY
    }
}
