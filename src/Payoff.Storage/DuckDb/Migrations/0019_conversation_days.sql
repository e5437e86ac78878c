-- The daily conversation figures the ledger reads (ConversationDays), kept with the fingerprint of the messages, corrections, settings and hour they were computed for.
CREATE TABLE conversation_days (
    workspace_id BIGINT NOT NULL,
    day DATE NOT NULL,
    network VARCHAR NOT NULL,
    metric VARCHAR NOT NULL,
    value VARCHAR NOT NULL
);
CREATE TABLE conversation_days_state (
    workspace_id BIGINT NOT NULL,
    fingerprint VARCHAR NOT NULL
);
