-- content experiments with their recorded results, and each post snapshot's tracked-link keys parsed once
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
-- One row per post snapshot (network, post id and the import that stored it) whose caption carries a utm_content or a
-- short link path: written with the snapshot, never changed; a snapshot replaced or undone keeps its row, which matches
-- only that snapshot's import id.
CREATE TABLE post_links (
    workspace_id BIGINT NOT NULL,
    network VARCHAR NOT NULL,
    post_id VARCHAR NOT NULL,
    import_id BIGINT NOT NULL,
    utm_content VARCHAR,
    slug VARCHAR
);
INSERT INTO post_links
SELECT workspace_id, network, post_id, import_id,
       nullif(trim(url_decode(regexp_extract(text, '[?&]utm_content=([^&#\s"''<>]+)', 1))), ''),
       nullif(regexp_extract(text, '/l/([A-Za-z0-9][A-Za-z0-9_-]{0,63})', 1), '')
FROM (SELECT workspace_id, network, post_id, import_id, text FROM posts
      UNION ALL SELECT workspace_id, network, post_id, import_id, text FROM posts_replaced)
WHERE text LIKE '%utm_content=%' OR text LIKE '%/l/%';
