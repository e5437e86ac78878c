-- workspaces: the locale numbers and dates are shown in on the dashboard (a table keyed by workspace, not a column: see README, no ALTER TABLE)
CREATE TABLE workspace_locales (
    workspace_id BIGINT PRIMARY KEY,
    locale VARCHAR NOT NULL
);
