-- imported analytics traffic
CREATE TABLE traffic (
    workspace_id BIGINT NOT NULL,
    dimension VARCHAR NOT NULL,
    value VARCHAR NOT NULL,
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    sessions BIGINT NOT NULL,
    engaged_sessions BIGINT,
    key_events DECIMAL(18,4),
    revenue DECIMAL(18,4),
    import_id BIGINT NOT NULL,
    PRIMARY KEY (workspace_id, dimension, value, period_start, period_end)
);
CREATE TABLE traffic_replaced AS SELECT *, 0::BIGINT AS replaced_by FROM traffic LIMIT 0;
