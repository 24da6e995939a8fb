package io.attune.widget.messaging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.lang.Nullable;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessagingException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.socket.messaging.StompSubProtocolErrorHandler;
import org.springframework.web.socket.messaging.StompSubProtocolHandler;

/**
 * The STOMP ERROR frame a client gets, in our own words. Spring's default puts the exception's message
 * there: for a frame that could not be parsed that names Java classes ("No enum constant
 * org.springframework…StompCommand.HELLO") or repeats the client's input. Refusals of our own
 * interceptors ({@code invalid-token: …}, {@code too-many-connections: …}) keep their code, and a frame
 * the message rules deny (an agent subscribing to a conversation another holds) is {@code not-allowed}.
 * A frame that could not be read is logged here in one line at WARN; Spring's own ERROR line with a
 * stack trace for it is filtered out ({@link #quietSpringParseErrors}).
 */
class StompErrors extends StompSubProtocolErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(StompErrors.class);
    /** How our interceptors word a refusal: a lower-case code, a colon, a sentence for the client. */
    private static final Pattern OUR_REFUSAL = Pattern.compile("^[a-z]+(-[a-z]+)*: [^\\r\\n]{1,200}$");
    private static final int MAX_LOGGED = 160;

    static final String MALFORMED = "malformed-frame: that STOMP frame could not be read";
    static final String FAILED = "server-error: the frame could not be handled";
    static final String NOT_ALLOWED = "not-allowed: this connection may not use that destination";

    @Override
    public Message<byte[]> handleClientMessageProcessingError(@Nullable Message<byte[]> clientMessage, Throwable ex) {
        String text;
        if (clientMessage == null) {
            log.warn("refused a STOMP frame that could not be read: {}", oneLine(ex.getMessage()));
            text = MALFORMED;
        } else if (ex instanceof MessagingException && ex.getMessage() != null && OUR_REFUSAL.matcher(ex.getMessage()).matches()) {
            text = ex.getMessage();
        } else if (deniedAccess(ex)) {
            log.warn("refused a STOMP {} the connection's user may not make", commandOf(clientMessage));
            text = NOT_ALLOWED;
        } else {
            log.warn("a client's STOMP frame failed: {}", oneLine(String.valueOf(ex)));
            text = FAILED;
        }
        return super.handleClientMessageProcessingError(clientMessage, new MessagingException(text));
    }

    /** Spring Security's authorization of messages refused it (a destination that is not this user's). */
    private static boolean deniedAccess(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return true;
            }
        }
        return false;
    }

    private static String commandOf(Message<byte[]> frame) {
        StompCommand command = StompHeaderAccessor.wrap(frame).getCommand();
        return command == null ? "frame" : command.name();
    }

    /** At most {@value #MAX_LOGGED} characters, control characters replaced: the client wrote part of it. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String cleaned = text.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > MAX_LOGGED ? cleaned.substring(0, MAX_LOGGED) + "…" : cleaned;
    }

    /** Drops Spring's "Failed to parse …" ERROR (with the raw frame and a stack trace); its other lines stay. */
    static void quietSpringParseErrors() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.addTurboFilter(new TurboFilter() {
                @Override
                public FilterReply decide(Marker marker, ch.qos.logback.classic.Logger logger, Level level,
                                          String format, Object[] params, Throwable t) {
                    return level == Level.ERROR && format != null && format.startsWith("Failed to parse")
                            && StompSubProtocolHandler.class.getName().equals(logger.getName())
                            ? FilterReply.DENY : FilterReply.NEUTRAL;
                }
            });
        }
    }
}
