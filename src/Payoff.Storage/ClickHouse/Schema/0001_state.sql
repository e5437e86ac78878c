-- Small, mutable state on the state node (docs/SCALE.md). A changing row is inserted again with a higher version;
-- deleted = 1 marks its deletion; reads take the latest version with FINAL. Instants are Int64 UTC microseconds since
-- 1970, as the embedded store keeps them; days are Date; money Decimal(18, 4).

-- @state
CREATE TABLE IF NOT EXISTS claims (scope String, key String, claimant String, claimed_at Int64) ENGINE = Log;

-- @state
CREATE TABLE IF NOT EXISTS workspaces (
    id Int64, name String, time_zone String, currency String, session_timeout_minutes Int32, locale Nullable(String),
    created_at Int64, version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY id;

-- @state
CREATE TABLE IF NOT EXISTS sites (
    id Int64, workspace_id Int64, domain String, site_key String, identity_mode String, honour_dnt UInt8, created_at Int64,
    version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY id;

-- @state
CREATE TABLE IF NOT EXISTS salts (day Date, nonce String, salt String, version Int64, deleted UInt8) ENGINE = ReplacingMergeTree(version) ORDER BY (day, nonce);

-- @state
CREATE TABLE IF NOT EXISTS links (
    id Int64, workspace_id Int64, slug String, destination String, source String, medium String, campaign String,
    content Nullable(String), term Nullable(String), enabled UInt8, created_at Int64, version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY id;

-- @state
CREATE TABLE IF NOT EXISTS users (
    id Int64, email String, password_hash String, security_stamp String, created_at Int64, version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY id;

-- @state
CREATE TABLE IF NOT EXISTS memberships (
    user_id Int64, workspace_id Int64, role String, version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY (user_id, workspace_id);

-- @state
CREATE TABLE IF NOT EXISTS api_keys (
    id Int64, workspace_id Int64, name String, prefix String, secret_sha256 String, scope String, created_at Int64,
    revoked_at Nullable(Int64), version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY id;

-- @state
CREATE TABLE IF NOT EXISTS invitations (
    selector String, secret_hash String, kind String, email String, workspace_id Nullable(Int64), role Nullable(String),
    invited_by Nullable(Int64), created_at Int64, expires_at Int64, used_at Nullable(Int64), version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY selector;

-- @state
CREATE TABLE IF NOT EXISTS goals (
    id Int64, workspace_id Int64, name String, metric String, network Nullable(String), campaign Nullable(String),
    label Nullable(String), target Nullable(Decimal(18, 4)), target_percent Nullable(Decimal(18, 4)),
    baseline Nullable(Decimal(18, 4)), start_day Date, deadline Date, budget Nullable(Decimal(18, 4)), created_at Int64,
    archived_at Nullable(Int64), version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY (workspace_id, id);

-- @state
CREATE TABLE IF NOT EXISTS time_entries (
    workspace_id Int64, id Int64, network String, person String, day Date, minutes Int32, note Nullable(String), created_at Int64,
    version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY (workspace_id, id);

-- @state
CREATE TABLE IF NOT EXISTS time_recurrences (
    workspace_id Int64, id Int64, network String, person String, minutes Int32, days String, start_day Date, end_day Nullable(Date),
    created_at Int64, version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY (workspace_id, id);

-- @state
CREATE TABLE IF NOT EXISTS hourly_rates (
    workspace_id Int64, person String, rate Decimal(18, 4), currency String, version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY (workspace_id, person);

-- @state
CREATE TABLE IF NOT EXISTS fees (
    workspace_id Int64, id Int64, name String, monthly_amount Decimal(18, 4), currency String, shares String, start_month Date,
    end_month Nullable(Date), version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY (workspace_id, id);

-- @state
CREATE TABLE IF NOT EXISTS currency_rates (
    workspace_id Int64, currency String, valid_from Date, rate Decimal(18, 8), version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY (workspace_id, currency, valid_from);

-- @state
CREATE TABLE IF NOT EXISTS assigned_values (
    workspace_id Int64, conversion String, value Decimal(18, 4), currency String, version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY (workspace_id, conversion);

-- @state
CREATE TABLE IF NOT EXISTS experiments (
    workspace_id Int64, id Int64, network String, name String, variants String, assign String, metric String, from_day Date,
    until_day Date, created_at Int64, ended_at Nullable(Int64), outcome Nullable(String), winner Nullable(String),
    summary Nullable(String), version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY (workspace_id, id);
