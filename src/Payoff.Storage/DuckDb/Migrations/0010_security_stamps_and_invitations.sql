-- accounts: a security stamp per user (sign-out, removal and a new password end every session); one-time links for invitations and password resets, stored as the hash of their secret
CREATE TABLE user_stamps (
    user_id BIGINT PRIMARY KEY,
    security_stamp VARCHAR NOT NULL
);
INSERT INTO user_stamps SELECT id, gen_random_uuid()::VARCHAR FROM users;
CREATE TABLE invitations (
    selector VARCHAR PRIMARY KEY,
    secret_hash VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    email VARCHAR NOT NULL,
    workspace_id BIGINT,
    role VARCHAR,
    invited_by BIGINT,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
