-- live tracking: sites, links, clicks, dropped hits, API keys, salts
ALTER TABLE events ADD COLUMN site_id BIGINT;
ALTER TABLE events ADD COLUMN device VARCHAR;
ALTER TABLE events ADD COLUMN browser VARCHAR;
ALTER TABLE events ADD COLUMN country VARCHAR;
ALTER TABLE people ADD COLUMN first_visitor_id VARCHAR;
ALTER TABLE people ADD COLUMN first_session_at TIMESTAMP;
CREATE SEQUENCE site_ids START 1;
CREATE TABLE sites (
    id BIGINT PRIMARY KEY,
    workspace_id BIGINT NOT NULL,
    domain VARCHAR NOT NULL UNIQUE,
    site_key VARCHAR NOT NULL UNIQUE,
    identity_mode VARCHAR NOT NULL,
    honour_dnt BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE SEQUENCE link_ids START 1;
CREATE TABLE links (
    id BIGINT PRIMARY KEY,
    workspace_id BIGINT NOT NULL,
    slug VARCHAR NOT NULL UNIQUE,
    destination VARCHAR NOT NULL,
    source VARCHAR NOT NULL,
    medium VARCHAR NOT NULL,
    campaign VARCHAR NOT NULL,
    content VARCHAR,
    term VARCHAR,
    enabled BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE TABLE link_clicks (
    workspace_id BIGINT NOT NULL,
    click_id VARCHAR NOT NULL,
    link_id BIGINT NOT NULL,
    ts TIMESTAMP NOT NULL,
    visitor_id VARCHAR NOT NULL,
    unique_key VARCHAR NOT NULL,
    drop_reason VARCHAR,
    destination VARCHAR NOT NULL,
    PRIMARY KEY (workspace_id, click_id)
);
CREATE TABLE dropped_hits (
    workspace_id BIGINT NOT NULL,
    hit_id VARCHAR NOT NULL,
    ts TIMESTAMP NOT NULL,
    site_id BIGINT,
    reason VARCHAR NOT NULL,
    PRIMARY KEY (workspace_id, hit_id)
);
CREATE SEQUENCE api_key_ids START 1;
CREATE TABLE api_keys (
    id BIGINT PRIMARY KEY,
    workspace_id BIGINT NOT NULL,
    name VARCHAR NOT NULL,
    prefix VARCHAR NOT NULL,
    secret_sha256 VARCHAR NOT NULL UNIQUE,
    scope VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP
);
CREATE TABLE salts (
    day DATE PRIMARY KEY,
    salt BLOB NOT NULL
);
