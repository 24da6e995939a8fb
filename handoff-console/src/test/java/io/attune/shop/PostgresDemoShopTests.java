package io.attune.shop;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo shop on PostgreSQL at 127.0.0.1:5432 (user postgres, trust), in the database
 * {@code attune_shop_test}, made anew for each run so the seeded dates are relative to today.
 */
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/attune_shop_test",
        "spring.datasource.username=postgres", "spring.datasource.password="})
class PostgresDemoShopTests extends DemoShopContract {

    @BeforeAll
    static void createDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS attune_shop_test WITH (FORCE)");
            s.execute("CREATE DATABASE attune_shop_test");
        }
    }
}
