-- The admin's what-if runs (io.attune.admin.whatif.StoredRuns), so that every instance sharing this database
-- can answer a run's progress and result: the proxy needs no affinity for the what-if page.
-- The replay itself runs on the instance that started it (instance_id); that instance writes its progress
-- at most every attune.admin.what-if.progress-interval and refreshes heartbeat_at every
-- attune.admin.what-if.heartbeat. An unfinished run whose heartbeat is older than
-- attune.admin.what-if.heartbeat-timeout is reported as failed: its instance stopped.
-- `result` is the JSON of io.attune.admin.whatif.WhatIfResult written by Jackson, set once the run is DONE
-- (its list is capped by attune.admin.what-if.list-limit, 200 by default: tens of kilobytes).
-- Only the attune.admin.what-if.kept-results most recent runs are kept (older ones are deleted when a run
-- starts), except runs still in progress.
-- Plain SQL that H2 (2.x) and PostgreSQL both run.
CREATE TABLE what_if_runs (
    id           VARCHAR(36)                 NOT NULL PRIMARY KEY,
    instance_id  VARCHAR(36)                 NOT NULL,
    state        VARCHAR(16)                 NOT NULL,
    done         INTEGER                     NOT NULL,
    total        INTEGER                     NOT NULL,
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    heartbeat_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    result       VARCHAR(1000000),
    error        VARCHAR(500)
);

CREATE INDEX what_if_runs_created_at ON what_if_runs (created_at);
CREATE INDEX what_if_runs_instance ON what_if_runs (instance_id, state);
