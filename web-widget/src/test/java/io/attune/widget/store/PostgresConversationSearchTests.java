package io.attune.widget.store;

import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.TestPropertySource;

/** The conversation list's search on PostgreSQL, where {@link PostgresConversationStoreTests} runs. */
@TestPropertySource(properties = {
        "spring.datasource.url=${attune.test.postgres-url:jdbc:postgresql://127.0.0.1:5432/attune_test}",
        "spring.datasource.username=postgres", "spring.datasource.password="})
class PostgresConversationSearchTests extends ConversationSearchContract {

    @BeforeAll
    static void createDatabase() throws SQLException {
        PostgresConversationStoreTests.createDatabase();
    }
}
