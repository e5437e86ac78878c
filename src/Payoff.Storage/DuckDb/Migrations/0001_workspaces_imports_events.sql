-- workspaces, imports, events, sessions, contacts, people, revenue, journey paths
CREATE SEQUENCE workspace_ids START 1;
CREATE TABLE workspaces (
    id BIGINT PRIMARY KEY DEFAULT nextval('workspace_ids'),
    name VARCHAR NOT NULL UNIQUE,
    time_zone VARCHAR NOT NULL,
    currency VARCHAR NOT NULL,
    session_timeout_minutes INTEGER NOT NULL DEFAULT 30,
    created_at TIMESTAMP NOT NULL
);
CREATE SEQUENCE import_ids START 1;
CREATE TABLE imports (
    id BIGINT PRIMARY KEY,
    workspace_id BIGINT NOT NULL,
    kind VARCHAR NOT NULL,
    file_name VARCHAR NOT NULL,
    file_sha256 VARCHAR NOT NULL,
    rows BIGINT NOT NULL,
    imported BIGINT NOT NULL,
    rejected BIGINT NOT NULL,
    duplicates BIGINT NOT NULL,
    imported_at TIMESTAMP NOT NULL
);
CREATE TABLE events (
    workspace_id BIGINT NOT NULL,
    event_id VARCHAR NOT NULL,
    ts TIMESTAMP NOT NULL,
    visitor_id VARCHAR,
    type VARCHAR NOT NULL,
    url VARCHAR,
    referrer VARCHAR,
    value DECIMAL(18,4),
    currency VARCHAR,
    contact_id VARCHAR,
    name VARCHAR,
    channel VARCHAR NOT NULL,
    network VARCHAR,
    source VARCHAR NOT NULL,
    medium VARCHAR NOT NULL,
    campaign VARCHAR,
    content VARCHAR,
    term VARCHAR,
    click_id_type VARCHAR,
    click_id VARCHAR,
    import_id BIGINT,
    PRIMARY KEY (workspace_id, event_id)
);
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
    click_id_type VARCHAR
);
CREATE TABLE contacts (
    workspace_id BIGINT NOT NULL,
    contact_id VARCHAR NOT NULL,
    created_at TIMESTAMP,
    lead_at TIMESTAMP,
    customer_at TIMESTAMP,
    revenue DECIMAL(18,4),
    currency VARCHAR,
    original_source VARCHAR,
    channel VARCHAR,
    network VARCHAR,
    source VARCHAR,
    medium VARCHAR,
    campaign VARCHAR,
    import_id BIGINT NOT NULL,
    PRIMARY KEY (workspace_id, contact_id)
);
CREATE TABLE people (
    workspace_id BIGINT NOT NULL,
    person_key VARCHAR NOT NULL,
    contact_id VARCHAR,
    contact_at TIMESTAMP,
    customer_at TIMESTAMP,
    channel VARCHAR NOT NULL,
    network VARCHAR,
    source VARCHAR NOT NULL,
    medium VARCHAR NOT NULL,
    campaign VARCHAR,
    content VARCHAR,
    term VARCHAR
);
CREATE TABLE revenue (
    workspace_id BIGINT NOT NULL,
    person_key VARCHAR NOT NULL,
    occurred_at TIMESTAMP NOT NULL,
    amount DECIMAL(18,4) NOT NULL,
    currency VARCHAR NOT NULL,
    origin VARCHAR NOT NULL,
    ref VARCHAR NOT NULL
);
CREATE TABLE journey_paths (
    workspace_id BIGINT NOT NULL,
    import_id BIGINT NOT NULL,
    line BIGINT NOT NULL,
    path VARCHAR NOT NULL,
    conversions BIGINT NOT NULL,
    value DECIMAL(18,4) NOT NULL,
    nulls BIGINT NOT NULL
);
