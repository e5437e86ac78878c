-- Advocates, referral programs, the reward ledger, the workspace's public handle and its link-in-bio page (issue 19's
-- tables of the embedded store). Changing rows: ReplacingMergeTree(version) with a deleted flag, read with FINAL; unique
-- codes, contacts, program names, reward keys and handles are claims (ClickHouseDatabase.ClaimAsync).

-- @state
CREATE TABLE IF NOT EXISTS advocates (
    workspace_id Int64, id Int64, contact_id String, code String, followers Nullable(Int32), created_at Int64, version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY (workspace_id, id);

-- @state
CREATE TABLE IF NOT EXISTS referral_programs (
    workspace_id Int64, id Int64, name String, advocate_reward Decimal(18, 4), friend_reward Decimal(18, 4), currency String,
    trigger String, conversion Nullable(String), cap Nullable(Int32), from_day Nullable(Date), to_day Nullable(Date),
    disclosure Nullable(String), created_at Int64, version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY (workspace_id, id);

-- @state
CREATE TABLE IF NOT EXISTS rewards (
    workspace_id Int64, id Int64, program_id Int64, advocate_id Int64, side String, action_key String, friend_contact_id String,
    amount Decimal(18, 4), currency String, earned_at Int64, day Date, status String, reason Nullable(String),
    import_id Nullable(Int64), network String, version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY (workspace_id, id);

-- Every status a reward took (append-only; seq orders the changes of one instant).
-- @state
CREATE TABLE IF NOT EXISTS reward_history (
    workspace_id Int64, reward_id Int64, seq Int64, status String, changed_at Int64, changed_by String, reason Nullable(String)
) ENGINE = MergeTree ORDER BY (workspace_id, reward_id, changed_at, seq);

-- @state
CREATE TABLE IF NOT EXISTS workspace_handles (workspace_id Int64, handle String, version Int64, deleted UInt8)
ENGINE = ReplacingMergeTree(version) ORDER BY workspace_id;

-- @state
CREATE TABLE IF NOT EXISTS bio_links (
    workspace_id Int64, link_id Int64, title String, image_url Nullable(String), position Int32, version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY (workspace_id, link_id);
