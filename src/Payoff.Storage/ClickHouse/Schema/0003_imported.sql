-- Imported data on the state node. Every import's rows stay with its import_id; the current rows of a key (or of a scope,
-- for an audience dimension or the journey data set) are those of its newest import that was not undone (ReplacingTable).

-- @state
CREATE TABLE IF NOT EXISTS account_metrics (
    workspace_id Int64, import_id Int64, network String, account String, day Date, metric String, platform_metric String,
    value Decimal(18, 4)
) ENGINE = MergeTree ORDER BY (workspace_id, network, account, metric, day, import_id);

-- @state
CREATE TABLE IF NOT EXISTS costs (
    workspace_id Int64, import_id Int64, network String, campaign String, day Date, amount Decimal(18, 4), currency String,
    impressions Nullable(Int64), clicks Nullable(Int64), conversions Nullable(Decimal(18, 4))
) ENGINE = MergeTree ORDER BY (workspace_id, network, campaign, day, import_id);

-- @state
CREATE TABLE IF NOT EXISTS traffic (
    workspace_id Int64, import_id Int64, dimension String, value String, period_start Date, period_end Date, sessions Int64,
    engaged_sessions Nullable(Int64), key_events Nullable(Decimal(18, 4)), revenue Nullable(Decimal(18, 4))
) ENGINE = MergeTree ORDER BY (workspace_id, dimension, value, period_start, period_end, import_id);

-- @state
CREATE TABLE IF NOT EXISTS journey_paths (
    workspace_id Int64, import_id Int64, line Int64, path String, conversions Int64, value Decimal(18, 4), nulls Int64
) ENGINE = MergeTree ORDER BY (workspace_id, import_id, line);

-- @state
CREATE TABLE IF NOT EXISTS posts (
    workspace_id Int64, import_id Int64, network String, post_id String, account Nullable(String), permalink Nullable(String),
    published_at Nullable(Int64), type String, text Nullable(String), labels Nullable(String), impressions Nullable(Int64),
    views Nullable(Int64), reach Nullable(Int64), likes Nullable(Int64), comments Nullable(Int64), shares Nullable(Int64),
    saves Nullable(Int64), clicks Nullable(Int64), video_views Nullable(Int64), follows Nullable(Int64), exported_at Int64
) ENGINE = MergeTree ORDER BY (workspace_id, network, post_id, import_id);

-- What an import notes of its posts beyond their columns, read with the post row of the same import.
-- @state
CREATE TABLE IF NOT EXISTS post_links (
    workspace_id Int64, import_id Int64, network String, post_id String, utm_content Nullable(String), slug Nullable(String)
) ENGINE = MergeTree ORDER BY (workspace_id, network, post_id, import_id);

-- @state
CREATE TABLE IF NOT EXISTS post_times_unknown (workspace_id Int64, import_id Int64, network String, post_id String)
ENGINE = MergeTree ORDER BY (workspace_id, network, post_id, import_id);

-- @state
CREATE TABLE IF NOT EXISTS post_hashtag_clicks (workspace_id Int64, import_id Int64, network String, post_id String, clicks Int64)
ENGINE = MergeTree ORDER BY (workspace_id, network, post_id, import_id);

-- @state
CREATE TABLE IF NOT EXISTS audience (
    workspace_id Int64, import_id Int64, network String, account String, audience String, dimension String, value String,
    position Int32, count Nullable(Int64), share Nullable(Decimal(18, 6)), as_of Nullable(Date), platform_dimension String,
    exported_at Int64
) ENGINE = MergeTree ORDER BY (workspace_id, network, account, audience, dimension, import_id);

-- Conversations: every import's and every live push's rows stay; a message's current row is the newest written (seq) of an
-- import not undone (pushes carry import 0). Erasure and retention null the text, handle and hash of every row of a message.
-- @state
CREATE TABLE IF NOT EXISTS conversation_messages (
    workspace_id Int64, import_id Int64, seq Int64, network String, message_id String, thread_id String, direction String, kind String,
    created_at Int64, author_hash Nullable(String), author_handle Nullable(String), text Nullable(String), post_id Nullable(String),
    language Nullable(String), sentiment Nullable(String), score Nullable(Float64), tool_sentiment Nullable(String), reach Nullable(Int64)
) ENGINE = MergeTree ORDER BY (workspace_id, network, message_id, seq);
