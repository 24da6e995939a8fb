package io.attune.widget.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.engine.conversation.ConversationId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** With no secret configured, the one generated on the first start is kept, so tokens outlive a restart. */
class GeneratedTokenSecretTests {

    private final JdbcDataSource database = new JdbcDataSource();

    @BeforeEach
    void migrate() {
        database.setURL("jdbc:h2:mem:token-secret-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).load().migrate();
    }

    @Test
    void aTokenIssuedBeforeARestartIsAcceptedAfterIt() {
        ConversationId conversation = ConversationId.newId();
        String beforeRestart = startedTokens().issue(conversation);

        assertThat(startedTokens().verify(beforeRestart)).contains(conversation);
    }

    @Test
    void everyStartOnTheSameDatabaseReadsTheSameSecret() {
        String first = new GeneratedTokenSecret(JdbcClient.create(database), Clock.systemUTC()).get();
        String second = new GeneratedTokenSecret(JdbcClient.create(database), Clock.systemUTC()).get();

        assertThat(second).isEqualTo(first).hasSizeGreaterThanOrEqualTo(TokenKeys.MIN_BYTES);
    }

    private CustomerTokens startedTokens() {
        String secret = new GeneratedTokenSecret(JdbcClient.create(database), Clock.systemUTC()).get();
        return new CustomerTokens(TokenKeys.of(secret, List.of()), Duration.ofHours(24), Clock.systemUTC());
    }
}
