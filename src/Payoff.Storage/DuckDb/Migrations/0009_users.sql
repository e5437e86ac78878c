-- dashboard accounts: users and their roles per workspace
CREATE SEQUENCE user_ids START 1;
CREATE TABLE users (
    id BIGINT PRIMARY KEY DEFAULT nextval('user_ids'),
    email VARCHAR NOT NULL UNIQUE,
    password_hash VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE TABLE memberships (
    user_id BIGINT NOT NULL,
    workspace_id BIGINT NOT NULL,
    role VARCHAR NOT NULL,
    PRIMARY KEY (user_id, workspace_id)
);
