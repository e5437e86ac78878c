-- Events, sessions and what is derived from them (docs/SCALE.md). Instants of events and sessions are DateTime('UTC')
-- plus the microseconds within the second (*_us), as exact as the embedded store; a visitor id or contact id that is
-- absent is '' where the column is in a sorting key.

-- @state
CREATE TABLE IF NOT EXISTS imports (
    id Int64, workspace_id Int64, kind String, file_name String, file_sha256 String, rows Int64, imported Int64,
    rejected Int64, duplicates Int64, imported_at Int64, undone_at Nullable(Int64), version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY (workspace_id, id);

-- Every stored event, sharded by visitor: a visitor's events and sessions are on one shard. A change (a click moved to the
-- visitor it landed as, an undo) inserts the row again with a higher version; deleted = 1 takes it away.
-- @sharded sipHash64(visitor_id)
CREATE TABLE IF NOT EXISTS events (
    workspace_id Int64, event_id String, ts DateTime('UTC'), ts_us UInt32, visitor_id String, type String,
    url Nullable(String), referrer Nullable(String), value Nullable(Decimal(18, 4)), currency Nullable(String),
    contact_id Nullable(String), name Nullable(String), channel String, network Nullable(String), source String,
    medium String, campaign Nullable(String), content Nullable(String), term Nullable(String),
    click_id_type Nullable(String), click_id Nullable(String), import_id Nullable(Int64), site_id Nullable(Int64),
    device Nullable(String), browser Nullable(String), country Nullable(String), version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) PARTITION BY toYYYYMM(ts) ORDER BY (workspace_id, visitor_id, event_id);

-- Which event ids are stored, and under which visitor: the idempotency index (an event id is stored once per workspace).
-- @sharded sipHash64(event_id)
CREATE TABLE IF NOT EXISTS event_keys (
    workspace_id Int64, event_id String, visitor_id String, ts DateTime('UTC'), import_id Nullable(Int64), version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY (workspace_id, event_id);

-- Sessions (Sessionizer over a visitor's page views and clicks), with the local day they started on.
-- @sharded sipHash64(visitor_id)
CREATE TABLE IF NOT EXISTS sessions (
    workspace_id Int64, visitor_id String, started_at DateTime('UTC'), started_us UInt32, ended_at DateTime('UTC'),
    ended_us UInt32, hits Int32, landing_url Nullable(String), channel String, network Nullable(String), source String,
    medium String, campaign Nullable(String), content Nullable(String), term Nullable(String),
    click_id_type Nullable(String), day Date, version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY (workspace_id, visitor_id, started_at, started_us);

-- People, revenue and conversions are derived for a whole workspace at once: each derivation writes a new generation and
-- then points derivations.generation at it, so readers see the old one or the new one, never half of one.
-- @state
CREATE TABLE IF NOT EXISTS derivations (
    workspace_id Int64, kind String, generation Int64, version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY (workspace_id, kind);

-- @state
CREATE TABLE IF NOT EXISTS people (
    workspace_id Int64, generation Int64, person_key String, contact_id Nullable(String), contact_at Nullable(Int64),
    customer_at Nullable(Int64), channel String, network Nullable(String), source String, medium String,
    campaign Nullable(String), content Nullable(String), term Nullable(String), first_visitor_id Nullable(String),
    first_session_at Nullable(Int64)
) ENGINE = MergeTree ORDER BY (workspace_id, generation, person_key);

-- @state
CREATE TABLE IF NOT EXISTS revenue (
    workspace_id Int64, generation Int64, person_key String, occurred_at Int64, amount Decimal(18, 4), currency String,
    origin String, ref String
) ENGINE = MergeTree ORDER BY (workspace_id, generation, occurred_at);

-- @state
CREATE TABLE IF NOT EXISTS conversions (
    workspace_id Int64, generation Int64, person_key String, occurred_at Int64, type String, name Nullable(String),
    value Nullable(Decimal(18, 4)), currency Nullable(String), ref String
) ENGINE = MergeTree ORDER BY (workspace_id, generation, occurred_at);

-- Daily rollups: per workspace, measure, local day and source key, a count and an amount. Rows add up (SummingMergeTree):
-- the sessions measure takes deltas (-1 for a session taken back, +1 for one made; generation 0); the people and cost
-- measures are written whole per generation of their derivation. Readers always sum; '\0' stands for NULL in a key.
-- @state
CREATE TABLE IF NOT EXISTS daily_rollups (
    workspace_id Int64, measure String, generation Int64, day Date, channel String, network String, campaign String,
    content String, name String, currency String, count Int64, amount Decimal(38, 4)
) ENGINE = SummingMergeTree((count, amount)) PARTITION BY toYYYYMM(day) ORDER BY (workspace_id, measure, generation, day, channel, network, campaign, content, name, currency);

-- What the live service dropped, and the clicks on tracked links.
-- @state
CREATE TABLE IF NOT EXISTS dropped_hits (
    workspace_id Int64, hit_id String, ts Int64, site_id Nullable(Int64), reason String
) ENGINE = ReplacingMergeTree ORDER BY (workspace_id, hit_id);

-- @state
CREATE TABLE IF NOT EXISTS link_clicks (
    workspace_id Int64, click_id String, link_id Int64, ts Int64, visitor_id String, unique_key String,
    drop_reason Nullable(String), destination String, version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY (workspace_id, click_id);

-- CRM contacts: every import's rows stay; the current contact is the row of its newest import that was not undone.
-- @state
CREATE TABLE IF NOT EXISTS contacts (
    workspace_id Int64, contact_id String, import_id Int64, created_at Nullable(Int64), lead_at Nullable(Int64),
    customer_at Nullable(Int64), revenue Nullable(Decimal(18, 4)), currency Nullable(String), original_source Nullable(String),
    channel Nullable(String), network Nullable(String), source Nullable(String), medium Nullable(String), campaign Nullable(String)
) ENGINE = MergeTree ORDER BY (workspace_id, contact_id, import_id);
