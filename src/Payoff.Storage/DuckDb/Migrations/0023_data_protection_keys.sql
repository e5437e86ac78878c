-- the data-protection key ring of sign-in cookies and antiforgery tokens, shared by every server of the store (issue 21)
CREATE TABLE data_protection_keys (
    seq BIGINT NOT NULL,
    name VARCHAR PRIMARY KEY,
    xml VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL
);
