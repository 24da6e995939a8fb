package io.attune.fault;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A new, empty database on the machine's PostgreSQL (127.0.0.1:5432, trust) for one test, dropped after it. */
final class FreshDatabase implements AutoCloseable {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    final String name;

    private FreshDatabase(String name) {
        this.name = name;
    }

    static FreshDatabase create(String prefix) throws SQLException {
        FreshDatabase db = new FreshDatabase(prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8));
        execute("CREATE DATABASE " + db.name);
        return db;
    }

    String url() {
        return SERVER + name;
    }

    @Override
    public void close() throws SQLException {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
