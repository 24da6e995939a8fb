package io.attune.widget.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.TestPropertySource;

/**
 * The same store tests on PostgreSQL at 127.0.0.1:5432 (user postgres, trust authentication), in the
 * database {@code attune_test}, created when missing. Override with -Dattune.test.postgres-url=...
 */
@TestPropertySource(properties = {
        "spring.datasource.url=${attune.test.postgres-url:jdbc:postgresql://127.0.0.1:5432/attune_test}",
        "spring.datasource.username=postgres", "spring.datasource.password="})
class PostgresConversationStoreTests extends ConversationStoreContract {

    @BeforeAll
    static void createDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement s = c.createStatement();
             ResultSet exists = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'attune_test'")) {
            if (!exists.next()) {
                s.execute("CREATE DATABASE attune_test");
            }
        }
    }
}
