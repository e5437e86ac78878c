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

-- Report templates, white-label settings, schedules and their runs, share links and their openings, the report archive and
-- alert rules (issue 20). Binary content (a logo, an archived PDF) is stored as Base64 text.
-- @state
CREATE TABLE IF NOT EXISTS report_templates (
    workspace_id Int64, name String, title String, sections String, range_name String, paper String, version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY (workspace_id, name);

-- @state
CREATE TABLE IF NOT EXISTS workspace_branding (
    workspace_id Int64, agency_name Nullable(String), contact Nullable(String), footer Nullable(String), primary_color Nullable(String),
    accent_color Nullable(String), logo Nullable(String), hide_payoff UInt8, version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY workspace_id;

-- @state
CREATE TABLE IF NOT EXISTS report_schedules (
    workspace_id Int64, id Int64, name String, template String, every String, day Int32, at_minute Int32, recipients String,
    attach_csv UInt8, attach_xlsx UInt8, enabled UInt8, created_at Int64, version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY (workspace_id, id);

-- @state
CREATE TABLE IF NOT EXISTS schedule_runs (
    workspace_id Int64, schedule_id Int64, period_key String, status String, attempts Int32, last_attempt_at Int64,
    next_attempt_at Nullable(Int64), result Nullable(String), message_id String, sent_at Nullable(Int64), version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY (workspace_id, schedule_id, period_key);

-- @state
CREATE TABLE IF NOT EXISTS share_links (
    workspace_id Int64, id Int64, token_hash String, template Nullable(String), page Nullable(String), range_name Nullable(String),
    from_day Nullable(Date), to_day Nullable(Date), expires_at Int64, label Nullable(String), created_by String, created_at Int64,
    revoked_at Nullable(Int64), version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY (workspace_id, id);

-- Every opening of a share link (append-only: the count and the last use are read from it, so nodes never race on a counter).
-- @state
CREATE TABLE IF NOT EXISTS share_opens (workspace_id Int64, link_id Int64, opened_at Int64, user_agent Nullable(String))
ENGINE = MergeTree ORDER BY (workspace_id, link_id, opened_at);

-- @state
CREATE TABLE IF NOT EXISTS report_archive (
    workspace_id Int64, id Int64, file_name String, content_type String, content String, size Int64, template String, from_day Date,
    to_day Date, channel String, recipients String, made_by String, people String, created_at Int64, erased_at Nullable(Int64),
    version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY (workspace_id, id);

-- @state
CREATE TABLE IF NOT EXISTS alert_rules (
    workspace_id Int64, id Int64, kind String, recipients String, enabled UInt8, checked_at Nullable(Int64), last_result Nullable(String),
    holding String, version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY (workspace_id, kind);

-- @state
CREATE TABLE IF NOT EXISTS conversation_settings (
    workspace_id Int64, author_salt String, keep_handles UInt8, retention_months Int32, response_target_minutes Int32,
    business_hours Nullable(String), languages Nullable(String), version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY workspace_id;

-- @state
CREATE TABLE IF NOT EXISTS conversation_corrections (
    workspace_id Int64, network String, message_id String, sentiment String, corrected_by String, corrected_at Int64, version Int64, deleted UInt8
) ENGINE = ReplacingMergeTree(version) ORDER BY (workspace_id, network, message_id);

-- The data-protection key ring of sign-in cookies and antiforgery tokens, shared by every node (issue 21). Append-only:
-- the first row of a name is the element (written_at, then the order written, decides).
-- @state
CREATE TABLE IF NOT EXISTS data_protection_keys (name String, xml String, written_at Int64, seq Int64)
ENGINE = MergeTree ORDER BY (written_at, seq);

-- How many times any node marked the data changed (ClickHouseStore.Version): cached pages on every node are recomputed after it.
-- @state
CREATE TABLE IF NOT EXISTS store_changes (k UInt8, n Int64) ENGINE = SummingMergeTree(n) ORDER BY k;

-- Sign-in attempts and successes (the throttle shared by every node): a Log table, read back in the order the server
-- recorded the inserts (SETTINGS max_threads = 1), as the claims are. Cleared whole by pruning when nothing is recent.
-- @state
CREATE TABLE IF NOT EXISTS sign_in_entries (ip String, email String, occurred_at Int64, succeeded UInt8, id String) ENGINE = Log;

-- API requests per key and minute window, counted by every node.
-- @state
CREATE TABLE IF NOT EXISTS request_counts (key String, window_start Int64, n Int64)
ENGINE = SummingMergeTree(n) ORDER BY (key, window_start);
