-- post snapshots whose export gives the day of publication but not its time
-- One row per such snapshot (network, post id and the import that stored it; X's content export, YouTube and TikTok
-- Studio give a date only): written with the snapshot, never changed, matched by import id like post_links, so a
-- re-import or undo needs no rewrite. The best-time grid leaves these posts out of its hours (their stored time is the
-- start of the local day, not when they went out) and keeps them for their weekday. Snapshots stored before this
-- version are not marked: import the export again to mark them.
CREATE TABLE post_times_unknown (
    workspace_id BIGINT NOT NULL,
    network VARCHAR NOT NULL,
    post_id VARCHAR NOT NULL,
    import_id BIGINT NOT NULL
);
