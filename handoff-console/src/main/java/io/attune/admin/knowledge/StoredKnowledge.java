package io.attune.admin.knowledge;

import io.attune.engine.knowledge.KnowledgeBase;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The knowledge base the admins last saved, in table {@code admin_knowledge}, so every instance agrees. */
@Repository
class StoredKnowledge {

    private static final int ROW = 1;

    private final JdbcTemplate jdbc;

    StoredKnowledge(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> version() {
        return jdbc.query("SELECT version FROM admin_knowledge WHERE id = ?", (rs, n) -> rs.getLong(1), ROW)
                .stream().findFirst();
    }

    Optional<Versioned> load() {
        return jdbc.query("SELECT version, yaml FROM admin_knowledge WHERE id = ?",
                (rs, n) -> new Versioned(rs.getLong(1), KnowledgeBase.fromYaml(rs.getString(2))), ROW).stream().findFirst();
    }

    /** Stores the seed if nothing is stored yet; when two instances start at once the first one wins. */
    @Transactional
    void seed(KnowledgeBase seed, String by) {
        if (version().isPresent()) {
            return;
        }
        try {
            jdbc.update("INSERT INTO admin_knowledge (id, version, yaml, updated_by, updated_at) VALUES (?, 1, ?, ?, ?)",
                    ROW, seed.toYaml(), by, Timestamp.from(Instant.now()));
        } catch (DuplicateKeyException alreadySeeded) {
            // another instance stored the same seed first
        }
    }

    /** @return the new version, or empty when someone saved another version since {@code expectedVersion} */
    Optional<Long> replace(long expectedVersion, KnowledgeBase next, String by) {
        int updated = jdbc.update("UPDATE admin_knowledge SET version = ?, yaml = ?, updated_by = ?, updated_at = ? "
                        + "WHERE id = ? AND version = ?", expectedVersion + 1, next.toYaml(), by,
                Timestamp.from(Instant.now()), ROW, expectedVersion);
        return updated == 1 ? Optional.of(expectedVersion + 1) : Optional.empty();
    }

    /** A knowledge base with the version it was stored under. */
    record Versioned(long version, KnowledgeBase base) {
    }
}
