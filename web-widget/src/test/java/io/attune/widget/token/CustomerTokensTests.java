package io.attune.widget.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.engine.conversation.ConversationId;
import io.attune.widget.WidgetProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerTokensTests {

    private static final String SECRET = "a-test-secret-that-is-long-enough-for-hs256";
    private static final Instant NOW = Instant.parse("2026-11-23T20:00:00Z");

    private final ConversationId conversation = ConversationId.newId();

    @Test
    void aFreshTokenGrantsItsConversation() {
        CustomerTokens tokens = tokens(SECRET, NOW);

        assertThat(tokens.verify(tokens.issue(conversation))).contains(conversation);
    }

    @Test
    void anExpiredTokenGrantsNothing() {
        String issuedYesterday = tokens(SECRET, NOW.minus(Duration.ofHours(25))).issue(conversation);

        assertThat(tokens(SECRET, NOW).verify(issuedYesterday)).isEmpty();
    }

    @Test
    void aTokenStillValidJustBeforeItsExpiry() {
        String issued = tokens(SECRET, NOW.minus(Duration.ofHours(23))).issue(conversation);

        assertThat(tokens(SECRET, NOW).verify(issued)).contains(conversation);
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRejected() {
        String forged = tokens("another-secret-that-is-also-long-enough-xx", NOW).issue(conversation);

        assertThat(tokens(SECRET, NOW).verify(forged)).isEmpty();
    }

    @Test
    void aTokenWhoseConversationWasEditedIsRejected() {
        CustomerTokens tokens = tokens(SECRET, NOW);
        String[] parts = tokens.issue(conversation).split("\\.");
        String otherClaims = tokens.issue(ConversationId.newId()).split("\\.")[1];

        assertThat(tokens.verify(parts[0] + "." + otherClaims + "." + parts[2])).isEmpty();
    }

    @Test
    void garbageAndMissingTokensAreRejected() {
        CustomerTokens tokens = tokens(SECRET, NOW);

        assertThat(tokens.verify("not-a-token")).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
    }

    @Test
    void withoutAConfiguredSecretTokensOfAnotherInstanceAreRejected() {
        CustomerTokens first = tokens(null, NOW);
        CustomerTokens second = tokens(null, NOW);

        assertThat(second.verify(first.issue(conversation))).isEmpty();
        assertThat(first.verify(first.issue(conversation))).contains(conversation);
    }

    private static CustomerTokens tokens(String secret, Instant now) {
        WidgetProperties properties = new WidgetProperties(List.of("http://localhost:8080"), secret,
                Duration.ofHours(24), 5, 10, 3);
        return new CustomerTokens(properties, Clock.fixed(now, ZoneOffset.UTC));
    }
}
