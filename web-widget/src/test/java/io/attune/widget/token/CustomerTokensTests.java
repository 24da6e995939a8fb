package io.attune.widget.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.attune.engine.conversation.ConversationId;
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
    void theCustomerIdOutlivesTheTokensRightToItsConversation() {
        String customer = "6f1c2a4e-0b7d-4c1e-9a53-2f8e1d0c4b7a";
        String issuedYesterday = tokens(SECRET, NOW.minus(Duration.ofHours(25))).issue(conversation, customer);

        assertThat(tokens(SECRET, NOW).verify(issuedYesterday)).isEmpty();
        assertThat(tokens(SECRET, NOW).customer(issuedYesterday)).contains(customer);
    }

    @Test
    void aForgedTokenNamesNoCustomer() {
        String forged = tokens("another-secret-that-is-also-long-enough-xx", NOW)
                .issue(conversation, "6f1c2a4e-0b7d-4c1e-9a53-2f8e1d0c4b7a");

        assertThat(tokens(SECRET, NOW).customer(forged)).isEmpty();
        assertThat(tokens(SECRET, NOW).customer(tokens(SECRET, NOW).issue(conversation))).isEmpty();
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
    void afterARotationTokensSignedWithThePreviousSecretAreStillAccepted() {
        String beforeRotation = tokens(SECRET, NOW).issue(conversation);
        CustomerTokens rotated = tokens(TokenKeys.of("the-new-secret-after-the-rotation-of-keys", List.of(SECRET)), NOW);

        assertThat(rotated.verify(beforeRotation)).contains(conversation);
        assertThat(tokens(SECRET, NOW).verify(rotated.issue(conversation)))
                .as("new tokens are signed with the new secret only").isEmpty();
    }

    @Test
    void aSecretShorterThan32BytesIsRefused() {
        assertThatThrownBy(() -> TokenKeys.of("short", List.of())).hasMessageContaining("at least 32 bytes");
    }

    private static CustomerTokens tokens(String secret, Instant now) {
        return tokens(TokenKeys.of(secret, List.of()), now);
    }

    private static CustomerTokens tokens(TokenKeys keys, Instant now) {
        return new CustomerTokens(keys, Duration.ofHours(24), Clock.fixed(now, ZoneOffset.UTC));
    }
}
