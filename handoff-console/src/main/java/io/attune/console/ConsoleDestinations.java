package io.attune.console;

import io.attune.engine.conversation.ConversationId;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every STOMP destination of the agent console, in one place (see docs/ARCHITECTURE.md). */
public final class ConsoleDestinations {

    /** The waiting queue, pushed whole on each change. */
    public static final String QUEUE = "/topic/console.queue";
    public static final String ERRORS = "/queue/errors";
    public static final String USER_ERRORS = "/user" + ERRORS;

    /** Mapping patterns below the {@code /app} prefix. */
    public static final String MESSAGES = "/console.conversation.{id}.messages";
    public static final String TYPING = "/console.conversation.{id}.typing";

    private static final Pattern TOPIC = Pattern.compile("^/topic/console\\.conversation\\.([0-9a-fA-F-]{36})$");
    private static final Pattern SEND = Pattern.compile(
            "^/app/console\\.conversation\\.([0-9a-fA-F-]{36})\\.(?:messages|typing)$");

    private ConsoleDestinations() {
    }

    /**
     * An agent's own topic: what they hold now, pushed when a conversation is claimed by or transferred to
     * them, or handed back. The username is written in hex, so no name can look like another's topic.
     */
    public static String agentTopic(String username) {
        return "/topic/console.agent." + HexFormat.of().formatHex(username.getBytes(StandardCharsets.UTF_8));
    }

    public static String topic(ConversationId id) {
        return "/topic/console.conversation." + id;
    }

    /** The conversation of a console topic ({@code /topic/console.conversation.{id}}), if it is one. */
    public static Optional<ConversationId> topicConversation(String destination) {
        return match(TOPIC, destination);
    }

    /** The conversation of an agent's SEND ({@code /app/console.conversation.{id}.messages|typing}). */
    public static Optional<ConversationId> sendConversation(String destination) {
        return match(SEND, destination);
    }

    private static Optional<ConversationId> match(Pattern pattern, String destination) {
        Matcher m = pattern.matcher(destination == null ? "" : destination);
        return m.matches() ? parsed(m.group(1)) : Optional.empty();
    }

    /** The pattern admits 36 hex digits and dashes, which is not always a UUID. */
    private static Optional<ConversationId> parsed(String id) {
        try {
            return Optional.of(ConversationId.parse(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
