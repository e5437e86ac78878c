-- imported account metrics and ad costs
CREATE TABLE account_metrics (
    workspace_id BIGINT NOT NULL,
    network VARCHAR NOT NULL,
    account VARCHAR NOT NULL,
    day DATE NOT NULL,
    metric VARCHAR NOT NULL,
    platform_metric VARCHAR NOT NULL,
    value DECIMAL(18,4) NOT NULL,
    import_id BIGINT NOT NULL,
    PRIMARY KEY (workspace_id, network, account, metric, day)
);
CREATE TABLE costs (
    workspace_id BIGINT NOT NULL,
    network VARCHAR NOT NULL,
    campaign VARCHAR NOT NULL,
    day DATE NOT NULL,
    amount DECIMAL(18,4) NOT NULL,
    currency VARCHAR NOT NULL,
    impressions BIGINT,
    clicks BIGINT,
    conversions DECIMAL(18,4),
    import_id BIGINT NOT NULL,
    PRIMARY KEY (workspace_id, network, campaign, day)
);
