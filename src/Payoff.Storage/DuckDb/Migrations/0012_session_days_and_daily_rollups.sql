-- sessions keep their local day; daily rollups per workspace, day, source and measure (the tables are rebuilt and created: no ALTER TABLE, see README)
-- Sessions are derived data: the table is recreated with a local-day column and its rows copied over; the
-- day is provisionally the UTC date and step 12 (Migrations.cs) sets each workspace's local days and rollups.
CREATE TABLE sessions_before_0012 AS SELECT * FROM sessions;
DROP TABLE sessions;
CREATE TABLE sessions (
    workspace_id BIGINT NOT NULL,
    visitor_id VARCHAR NOT NULL,
    started_at TIMESTAMP NOT NULL,
    ended_at TIMESTAMP NOT NULL,
    hits INTEGER NOT NULL,
    landing_url VARCHAR,
    channel VARCHAR NOT NULL,
    network VARCHAR,
    source VARCHAR NOT NULL,
    medium VARCHAR NOT NULL,
    campaign VARCHAR,
    content VARCHAR,
    term VARCHAR,
    click_id_type VARCHAR,
    day DATE NOT NULL
);
INSERT INTO sessions SELECT *, CAST(started_at AS DATE) FROM sessions_before_0012;
DROP TABLE sessions_before_0012;
-- One row per workspace, local day, measure and source key. measure is one of sessions, contacts, customers,
-- revenue, conversions (value-less, by lower-case name), ad_spend, clicks, impressions; count is the number
-- (of sessions, people, conversions, clicks, impressions; of revenue or cost rows), amount the money summed
-- in currency ('' for counts). Sources are stored as recorded (case kept): readers group case-insensitively.
CREATE TABLE daily_rollups (
    workspace_id BIGINT NOT NULL,
    day DATE NOT NULL,
    measure VARCHAR NOT NULL,
    channel VARCHAR,
    network VARCHAR,
    campaign VARCHAR,
    content VARCHAR,
    name VARCHAR NOT NULL,
    currency VARCHAR NOT NULL,
    count BIGINT NOT NULL,
    amount DECIMAL(38,4) NOT NULL
);
