-- undo: imports can be undone; rows an import replaced are archived
ALTER TABLE imports ADD COLUMN undone_at TIMESTAMP;
CREATE TABLE contacts_replaced AS SELECT *, 0::BIGINT AS replaced_by FROM contacts LIMIT 0;
CREATE TABLE journey_paths_replaced AS SELECT *, 0::BIGINT AS replaced_by FROM journey_paths LIMIT 0;
CREATE TABLE account_metrics_replaced AS SELECT *, 0::BIGINT AS replaced_by FROM account_metrics LIMIT 0;
CREATE TABLE costs_replaced AS SELECT *, 0::BIGINT AS replaced_by FROM costs LIMIT 0;
CREATE TABLE posts_replaced AS SELECT *, 0::BIGINT AS replaced_by FROM posts LIMIT 0;
