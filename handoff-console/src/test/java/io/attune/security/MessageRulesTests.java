package io.attune.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.console.ConsoleDestinations;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.ConversationState;
import io.attune.engine.store.InMemoryConversationStore;
import io.attune.widget.CustomerAuthentication;
import io.attune.widget.CustomerPrincipal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/** Who may SUBSCRIBE and SEND where, frame by frame, without a server. */
class MessageRulesTests {

    private final InMemoryConversationStore store = new InMemoryConversationStore();
    private final MessageRules rules = new MessageRules(store);
    private final ConversationId alexs = conversation("dana");
    private final ConversationId kims = conversation(null);

    private final Authentication alex = new CustomerAuthentication(new CustomerPrincipal(alexs));
    private final Authentication dana = staff("dana", "ROLE_AGENT");
    private final Authentication sam = staff("sam", "ROLE_AGENT");
    private final Authentication admin = staff("root", "ROLE_ADMIN");

    @Test
    void customerMayUseOnlyTheirOwnConversation() {
        assertThat(rules.allows(alex, subscribe("/topic/conversation." + alexs))).isTrue();
        assertThat(rules.allows(alex, send("/app/conversation." + alexs + ".messages"))).isTrue();
        assertThat(rules.allows(alex, subscribe("/user/queue/errors"))).isTrue();

        assertThat(rules.allows(alex, subscribe("/topic/conversation." + kims))).isFalse();
        assertThat(rules.allows(alex, send("/topic/conversation." + alexs))).as("never straight to a topic").isFalse();
        assertThat(rules.allows(alex, send("/app/conversation." + kims + ".messages"))).isFalse();
    }

    @Test
    void customerCannotReachConsoleDestinations() {
        assertThat(rules.allows(alex, subscribe("/topic/console.queue"))).isFalse();
        assertThat(rules.allows(alex, subscribe("/topic/console.conversation." + alexs))).isFalse();
        assertThat(rules.allows(alex, send("/app/console.conversation." + alexs + ".messages"))).isFalse();
    }

    @Test
    void agentSeesTheQueueAndOnlyConversationsTheyHold() {
        assertThat(rules.allows(dana, subscribe("/topic/console.queue"))).isTrue();
        assertThat(rules.allows(dana, subscribe("/topic/console.conversation." + alexs))).isTrue();
        assertThat(rules.allows(dana, send("/app/console.conversation." + alexs + ".messages"))).isTrue();

        assertThat(rules.allows(sam, subscribe("/topic/console.conversation." + alexs))).isFalse();
        assertThat(rules.allows(sam, send("/app/console.conversation." + alexs + ".typing"))).isFalse();
        assertThat(rules.allows(sam, send("/app/console.conversation." + alexs + ".messages")))
                .as("passed on: the engine refuses it to sam's error queue, the socket stays").isTrue();
        assertThat(rules.allows(sam, send("/app/console.conversation." + java.util.UUID.randomUUID() + ".messages"))).isFalse();
        assertThat(rules.allows(dana, subscribe("/topic/console.conversation." + kims))).isFalse();
    }

    @Test
    void anAgentHearsOnlyTheirOwnHeldConversationsTopic() {
        assertThat(rules.allows(dana, subscribe(ConsoleDestinations.agentTopic("dana")))).isTrue();

        assertThat(rules.allows(sam, subscribe(ConsoleDestinations.agentTopic("dana")))).isFalse();
        assertThat(rules.allows(alex, subscribe(ConsoleDestinations.agentTopic("dana")))).isFalse();
        assertThat(rules.allows(dana, send(ConsoleDestinations.agentTopic("dana")))).as("only the server writes").isFalse();
    }

    @Test
    void agentCannotListenToCustomerTopics() {
        assertThat(rules.allows(dana, subscribe("/topic/conversation." + alexs))).isFalse();
        assertThat(rules.allows(dana, send("/app/conversation." + alexs + ".messages"))).isFalse();
    }

    @Test
    void adminMayWatchAnyConversationButOnlyItsAgentReplies() {
        assertThat(rules.allows(admin, subscribe("/topic/console.conversation." + kims))).isTrue();
        assertThat(rules.allows(admin, send("/app/console.conversation." + alexs + ".typing"))).isFalse();
    }

    @Test
    void anonymousAndMalformedAreRefused() {
        Authentication anonymous = new AnonymousAuthenticationToken("k", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        assertThat(rules.allows(anonymous, subscribe("/topic/console.queue"))).isFalse();
        assertThat(rules.allows(anonymous, subscribe("/topic/conversation." + alexs))).isFalse();
        assertThat(rules.allows(dana, subscribe("/topic/console.conversation.not-a-uuid"))).isFalse();
        assertThat(rules.allows(dana, subscribe("/topic/console.queue.extra"))).isFalse();
        assertThat(rules.allows(dana, subscribe(null))).isFalse();
    }

    @Test
    void connectingIsLeftToAuthentication() {
        SimpMessageHeaderAccessor connect = SimpMessageHeaderAccessor.create(SimpMessageType.CONNECT);
        assertThat(rules.allows(alex, MessageBuilder.createMessage(new byte[0], connect.getMessageHeaders()))).isTrue();
    }

    private ConversationId conversation(String agent) {
        ConversationId id = ConversationId.newId();
        Instant now = Instant.now();
        ConversationSnapshot snapshot = ConversationSnapshot.started(id, "customer", now);
        store.create(agent == null ? snapshot.withState(ConversationState.WAITING_FOR_AGENT, now)
                : snapshot.withState(ConversationState.WITH_AGENT, now).withAgent(agent, agent));
        return id;
    }

    private static Authentication staff(String name, String role) {
        return UsernamePasswordAuthenticationToken.authenticated(name, null, AuthorityUtils.createAuthorityList(role));
    }

    private static Message<byte[]> subscribe(String destination) {
        return frame(SimpMessageType.SUBSCRIBE, destination);
    }

    private static Message<byte[]> send(String destination) {
        return frame(SimpMessageType.MESSAGE, destination);
    }

    private static Message<byte[]> frame(SimpMessageType type, String destination) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(type);
        headers.setDestination(destination);
        headers.setSessionId("s1");
        return MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders());
    }
}
