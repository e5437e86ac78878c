-- imported posts, metrics and costs without a primary-key index: uniqueness is kept by the import's replace, and a large file's import stays in bounded memory
ALTER TABLE account_metrics RENAME TO account_metrics_v6;
CREATE TABLE account_metrics (
    workspace_id BIGINT NOT NULL,
    network VARCHAR NOT NULL,
    account VARCHAR NOT NULL,
    day DATE NOT NULL,
    metric VARCHAR NOT NULL,
    platform_metric VARCHAR NOT NULL,
    value DECIMAL(18,4) NOT NULL,
    import_id BIGINT NOT NULL
);
INSERT INTO account_metrics SELECT * FROM account_metrics_v6;
DROP TABLE account_metrics_v6;
ALTER TABLE costs RENAME TO costs_v6;
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
    import_id BIGINT NOT NULL
);
INSERT INTO costs SELECT * FROM costs_v6;
DROP TABLE costs_v6;
ALTER TABLE posts RENAME TO posts_v6;
CREATE TABLE posts (
    workspace_id BIGINT NOT NULL,
    network VARCHAR NOT NULL,
    post_id VARCHAR NOT NULL,
    account VARCHAR,
    permalink VARCHAR,
    published_at TIMESTAMP,
    type VARCHAR NOT NULL,
    text VARCHAR,
    labels VARCHAR,
    impressions BIGINT,
    views BIGINT,
    reach BIGINT,
    likes BIGINT,
    comments BIGINT,
    shares BIGINT,
    saves BIGINT,
    clicks BIGINT,
    video_views BIGINT,
    follows BIGINT,
    exported_at TIMESTAMP NOT NULL,
    import_id BIGINT NOT NULL
);
INSERT INTO posts SELECT * FROM posts_v6;
DROP TABLE posts_v6;
