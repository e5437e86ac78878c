-- X's "hashtag clicks" of each post snapshot whose export gives them
-- One row per snapshot (network, post id and the import that stored it): clicks on any hashtag of the post, as the
-- platform counts them (not per tag). Written with the snapshot, never changed, matched by import id like post_links.
CREATE TABLE post_hashtag_clicks (
    workspace_id BIGINT NOT NULL,
    network VARCHAR NOT NULL,
    post_id VARCHAR NOT NULL,
    import_id BIGINT NOT NULL,
    clicks BIGINT NOT NULL
);
