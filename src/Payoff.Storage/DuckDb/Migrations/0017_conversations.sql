-- Conversations (issue 18): comments, mentions, messages and reviews, pseudonymised and scored at import.
-- One current row per (workspace, network, message id) as written; a row an import replaced moves to
-- conversation_messages_replaced (undo puts it back). import_id 0 marks a message pushed live through the API.
-- direction: 'inbound' | 'outbound'; kind: 'comment' | 'mention' | 'reply' | 'direct-message' | 'review';
-- sentiment: 'negative' | 'neutral' | 'positive' (Payoff's score; a user's correction lives in conversation_corrections);
-- text, author_hash and author_handle become NULL when retention or an erasure request removes them.
CREATE TABLE conversation_messages (
    workspace_id BIGINT NOT NULL,
    network VARCHAR NOT NULL,
    message_id VARCHAR NOT NULL,
    thread_id VARCHAR NOT NULL,
    direction VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL,
    author_hash VARCHAR,
    author_handle VARCHAR,
    text VARCHAR,
    post_id VARCHAR,
    language VARCHAR,
    sentiment VARCHAR,
    score DOUBLE,
    tool_sentiment VARCHAR,
    reach BIGINT,
    import_id BIGINT NOT NULL
);
CREATE TABLE conversation_messages_replaced AS SELECT *, 0::BIGINT AS replaced_by FROM conversation_messages LIMIT 0;

-- A user's correction of a message's sentiment, by network and message id: kept when the message is imported again.
CREATE TABLE conversation_corrections (
    workspace_id BIGINT NOT NULL,
    network VARCHAR NOT NULL,
    message_id VARCHAR NOT NULL,
    sentiment VARCHAR NOT NULL,
    corrected_by VARCHAR NOT NULL,
    corrected_at TIMESTAMP NOT NULL
);

-- A workspace's conversation rules; author_salt keys the authors' pseudonyms and never changes once created.
CREATE TABLE conversation_settings (
    workspace_id BIGINT NOT NULL,
    author_salt BLOB NOT NULL,
    keep_handles BOOLEAN NOT NULL,
    retention_months INTEGER NOT NULL,
    response_target_minutes INTEGER NOT NULL,
    business_hours VARCHAR
);
