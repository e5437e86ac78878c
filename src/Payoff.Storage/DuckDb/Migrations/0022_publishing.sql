-- Issue 20: reporting that runs itself.
-- report_templates: a workspace's own templates (the three built-in ones live in code); sections comma-joined by name.
CREATE TABLE report_templates (
    workspace_id BIGINT NOT NULL,
    name VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    sections VARCHAR NOT NULL,
    range_name VARCHAR NOT NULL,
    paper VARCHAR NOT NULL,
    PRIMARY KEY (workspace_id, name)
);

-- workspace_branding: white-label settings, one row per workspace (the logo as its bytes).
CREATE TABLE workspace_branding (
    workspace_id BIGINT PRIMARY KEY,
    agency_name VARCHAR,
    contact VARCHAR,
    footer VARCHAR,
    primary_color VARCHAR,
    accent_color VARCHAR,
    logo BLOB,
    hide_payoff BOOLEAN NOT NULL
);

CREATE SEQUENCE report_schedule_ids START 1;
-- report_schedules: recipients newline-joined (an address holds no newline).
CREATE TABLE report_schedules (
    id BIGINT PRIMARY KEY DEFAULT nextval('report_schedule_ids'),
    workspace_id BIGINT NOT NULL,
    name VARCHAR NOT NULL,
    template VARCHAR NOT NULL,
    every VARCHAR NOT NULL,
    day INTEGER NOT NULL,
    at_minute INTEGER NOT NULL,
    recipients VARCHAR NOT NULL,
    attach_csv BOOLEAN NOT NULL,
    attach_xlsx BOOLEAN NOT NULL,
    enabled BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL
);

-- schedule_runs: one row per schedule and period (the local day it was due), replaced at each attempt.
CREATE TABLE schedule_runs (
    workspace_id BIGINT NOT NULL,
    schedule_id BIGINT NOT NULL,
    period_key VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    attempts INTEGER NOT NULL,
    last_attempt_at TIMESTAMP NOT NULL,
    next_attempt_at TIMESTAMP,
    result VARCHAR,
    message_id VARCHAR NOT NULL,
    sent_at TIMESTAMP,
    PRIMARY KEY (workspace_id, schedule_id, period_key)
);

CREATE SEQUENCE share_link_ids START 1;
-- share_links: the token's SHA-256 only; a rolling range or fixed days.
CREATE TABLE share_links (
    id BIGINT PRIMARY KEY DEFAULT nextval('share_link_ids'),
    workspace_id BIGINT NOT NULL,
    token_hash VARCHAR NOT NULL UNIQUE,
    template VARCHAR,
    page VARCHAR,
    range_name VARCHAR,
    from_day DATE,
    to_day DATE,
    expires_at TIMESTAMP NOT NULL,
    label VARCHAR,
    created_by VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP,
    last_used_at TIMESTAMP,
    opens BIGINT NOT NULL
);

-- share_opens: the log of each opening.
CREATE TABLE share_opens (
    workspace_id BIGINT NOT NULL,
    link_id BIGINT NOT NULL,
    opened_at TIMESTAMP NOT NULL,
    user_agent VARCHAR
);

CREATE SEQUENCE report_archive_ids START 1;
-- report_archive: every sent or downloaded report file; recipients and people newline-joined.
CREATE TABLE report_archive (
    id BIGINT PRIMARY KEY DEFAULT nextval('report_archive_ids'),
    workspace_id BIGINT NOT NULL,
    file_name VARCHAR NOT NULL,
    content_type VARCHAR NOT NULL,
    content BLOB NOT NULL,
    template VARCHAR NOT NULL,
    from_day DATE NOT NULL,
    to_day DATE NOT NULL,
    channel VARCHAR NOT NULL,
    recipients VARCHAR NOT NULL,
    made_by VARCHAR NOT NULL,
    people VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL,
    erased_at TIMESTAMP
);

CREATE SEQUENCE alert_rule_ids START 1;
CREATE TABLE alert_rules (
    id BIGINT PRIMARY KEY DEFAULT nextval('alert_rule_ids'),
    workspace_id BIGINT NOT NULL,
    kind VARCHAR NOT NULL,
    recipients VARCHAR NOT NULL,
    enabled BOOLEAN NOT NULL,
    checked_at TIMESTAMP,
    last_result VARCHAR,
    UNIQUE (workspace_id, kind)
);

-- alert_holding: the subjects an alert found holding at its last check, each since when.
CREATE TABLE alert_holding (
    workspace_id BIGINT NOT NULL,
    rule_id BIGINT NOT NULL,
    subject VARCHAR NOT NULL,
    since TIMESTAMP NOT NULL,
    PRIMARY KEY (workspace_id, rule_id, subject)
);
