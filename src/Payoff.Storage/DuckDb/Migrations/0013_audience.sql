-- imported audience demographics (age, gender, countries, cities, LinkedIn's locations, job functions, seniority, industries, company sizes) and their undo archive
CREATE TABLE audience (
    workspace_id BIGINT NOT NULL,
    network VARCHAR NOT NULL,
    account VARCHAR NOT NULL,
    audience VARCHAR NOT NULL,
    dimension VARCHAR NOT NULL,
    value VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    count BIGINT,
    share DECIMAL(18,6),
    as_of DATE,
    platform_dimension VARCHAR NOT NULL,
    exported_at TIMESTAMP NOT NULL,
    import_id BIGINT NOT NULL
);
CREATE TABLE audience_replaced AS SELECT *, 0::BIGINT AS replaced_by FROM audience LIMIT 0;
