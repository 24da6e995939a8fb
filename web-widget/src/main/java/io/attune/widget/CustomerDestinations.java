package io.attune.widget;

import io.attune.engine.conversation.ConversationId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every STOMP destination of the customer side, in one place (see docs/ARCHITECTURE.md). */
public final class CustomerDestinations {

    public static final String ENDPOINT = "/ws";
    public static final String ERRORS = "/queue/errors";
    public static final String HISTORY = "/queue/history";
    public static final String USER_ERRORS = "/user" + ERRORS;
    public static final String USER_HISTORY = "/user" + HISTORY;

    /** Mapping patterns below the {@code /app} prefix. */
    public static final String MESSAGES = "/conversation.{id}.messages";
    public static final String TYPING = "/conversation.{id}.typing";
    public static final String HISTORY_REQUEST = "/conversation.{id}.history";
    public static final String SURVEY = "/conversation.{id}.survey";
    public static final String CLOSE = "/conversation.{id}.close";

    private static final Pattern CONVERSATION = Pattern.compile(
            "^/(?:topic/conversation|app/conversation)\\.([0-9a-fA-F-]{36})(?:\\.(?:messages|typing|history|survey|close))?$");

    private CustomerDestinations() {
    }

    public static String topic(ConversationId id) {
        return "/topic/conversation." + id;
    }

    public static String send(ConversationId id, String what) {
        return "/app/conversation." + id + "." + what;
    }

    /** The conversation a customer destination belongs to, if it is one. */
    public static Optional<ConversationId> conversationOf(String destination) {
        if (destination == null) {
            return Optional.empty();
        }
        Matcher m = CONVERSATION.matcher(destination);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ConversationId.parse(m.group(1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The per-session queues every customer may subscribe to. */
    public static boolean isPrivateQueue(String destination) {
        return USER_ERRORS.equals(destination) || USER_HISTORY.equals(destination);
    }
}
