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

    private static final Pattern TOPIC = Pattern.compile("^/topic/conversation\\.([0-9a-fA-F-]{36})$");
    private static final Pattern SEND = Pattern.compile(
            "^/app/conversation\\.([0-9a-fA-F-]{36})\\.(?:messages|typing|history|survey|close)$");

    private CustomerDestinations() {
    }

    public static String topic(ConversationId id) {
        return "/topic/conversation." + id;
    }

    public static String send(ConversationId id, String what) {
        return "/app/conversation." + id + "." + what;
    }

    /** The conversation of a customer topic ({@code /topic/conversation.{id}}), if it is one. */
    public static Optional<ConversationId> topicConversation(String destination) {
        return match(TOPIC, destination);
    }

    /** The conversation of a customer's SEND ({@code /app/conversation.{id}.messages} etc.), if it is one. */
    public static Optional<ConversationId> sendConversation(String destination) {
        return match(SEND, destination);
    }

    private static Optional<ConversationId> match(Pattern pattern, String destination) {
        if (destination == null) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(destination);
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
