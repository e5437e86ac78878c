-- content experiments: their plans and recorded results
CREATE SEQUENCE experiment_ids START 1;
CREATE TABLE experiments (
    id BIGINT PRIMARY KEY DEFAULT nextval('experiment_ids'),
    workspace_id BIGINT NOT NULL,
    network VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    variants VARCHAR NOT NULL,
    assign VARCHAR NOT NULL,
    metric VARCHAR NOT NULL,
    from_day DATE NOT NULL,
    until_day DATE NOT NULL,
    created_at TIMESTAMP NOT NULL,
    ended_at TIMESTAMP,
    outcome VARCHAR,
    winner VARCHAR,
    summary VARCHAR
);
