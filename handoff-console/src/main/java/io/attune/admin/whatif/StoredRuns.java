package io.attune.admin.whatif;

import io.attune.storage.StoredJson;
import io.attune.admin.whatif.WhatIfStatus.State;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What-if runs in table {@code what_if_runs}, shared by every instance: the instance running a replay writes
 * its state, progress, heartbeat and result here, and any instance reads them to answer the page.
 */
@Repository
class StoredRuns {

    private static final String UNFINISHED = "state IN ('QUEUED', 'RUNNING')";

    private final JdbcClient jdbc;

    StoredRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void queued(String id, String instanceId, Instant at) {
        jdbc.sql("INSERT INTO what_if_runs (id, instance_id, state, done, total, created_at, heartbeat_at) "
                        + "VALUES (?, ?, 'QUEUED', 0, 0, ?, ?)")
                .params(id, instanceId, utc(at), utc(at)).update();
    }

    // The updates below change a run only forward (QUEUED, RUNNING, then DONE or FAILED): once a stopping
    // instance has marked its runs failed, a replay thread that was still finishing cannot revive them.

    void running(String id, int total, Instant at) {
        jdbc.sql("UPDATE what_if_runs SET state = 'RUNNING', total = ?, heartbeat_at = ? "
                + "WHERE id = ? AND state = 'QUEUED'").params(total, utc(at), id).update();
    }

    void progress(String id, int done, Instant at) {
        jdbc.sql("UPDATE what_if_runs SET done = ?, heartbeat_at = ? WHERE id = ? AND state = 'RUNNING'")
                .params(done, utc(at), id).update();
    }

    void done(String id, int done, WhatIfResult result, Instant at) {
        jdbc.sql("UPDATE what_if_runs SET state = 'DONE', done = ?, result = ?, heartbeat_at = ? WHERE id = ? AND "
                + UNFINISHED).params(done, StoredJson.write(result), utc(at), id).update();
    }

    void failed(String id, String error, Instant at) {
        jdbc.sql("UPDATE what_if_runs SET state = 'FAILED', error = ?, heartbeat_at = ? WHERE id = ? AND " + UNFINISHED)
                .params(error, utc(at), id).update();
    }

    /** Marks every unfinished run of an instance failed (it is stopping); answers how many. */
    int failUnfinished(String instanceId, String error, Instant at) {
        return jdbc.sql("UPDATE what_if_runs SET state = 'FAILED', error = ?, heartbeat_at = ? WHERE instance_id = ? AND "
                + UNFINISHED).params(error, utc(at), instanceId).update();
    }

    /** Tells the other instances that this one is still working on its unfinished runs. */
    int heartbeat(String instanceId, Instant at) {
        return jdbc.sql("UPDATE what_if_runs SET heartbeat_at = ? WHERE instance_id = ? AND " + UNFINISHED)
                .params(utc(at), instanceId).update();
    }

    Optional<StoredRun> find(String id) {
        return jdbc.sql("SELECT id, state, done, total, heartbeat_at, result, error FROM what_if_runs WHERE id = ?")
                .param(id).query(StoredRuns::run).optional();
    }

    /**
     * Deletes every run but the {@code keep} most recent ones. An older run still in progress (heard of since
     * {@code aliveSince}) stays until it ends: its page is still polling.
     */
    void keepMostRecent(int keep, Instant aliveSince) {
        jdbc.sql("SELECT created_at FROM what_if_runs ORDER BY created_at DESC LIMIT 1 OFFSET ?").param(keep - 1)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).optional()
                .ifPresent(oldestKept -> jdbc.sql("DELETE FROM what_if_runs WHERE created_at < ? "
                                + "AND (state IN ('DONE', 'FAILED') OR heartbeat_at < ?)")
                        .params(oldestKept, utc(aliveSince)).update());
    }

    private static StoredRun run(ResultSet rs, int n) throws SQLException {
        return new StoredRun(rs.getString("id"), State.valueOf(rs.getString("state")), rs.getInt("done"),
                rs.getInt("total"), rs.getObject("heartbeat_at", OffsetDateTime.class).toInstant(),
                StoredJson.read(rs.getString("result"), WhatIfResult.class), rs.getString("error"));
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
