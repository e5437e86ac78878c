-- sign-in attempts and API request counts for limits shared by several servers of one store (issue 21)
CREATE TABLE sign_in_entries (
    seq BIGINT NOT NULL,
    ip VARCHAR NOT NULL,
    email VARCHAR NOT NULL,
    occurred_at TIMESTAMP NOT NULL,
    succeeded BOOLEAN NOT NULL,
    id VARCHAR NOT NULL
);
CREATE TABLE request_counts (
    key VARCHAR NOT NULL,
    window_start TIMESTAMP NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (key, window_start)
);
