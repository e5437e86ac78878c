-- Issue 19, second step. rewards gain the network the friend's referral was shared on (the cost is booked on that
-- network, else 'Advocates', and the program's campaign): the table is recreated and its rows copied (no ALTER TABLE, see README).
CREATE TABLE rewards_before_0021 AS SELECT * FROM rewards;
DROP TABLE rewards;
CREATE TABLE rewards (
    id BIGINT PRIMARY KEY DEFAULT nextval('reward_ids'),
    workspace_id BIGINT NOT NULL,
    program_id BIGINT NOT NULL,
    advocate_id BIGINT NOT NULL,
    side VARCHAR NOT NULL,
    action_key VARCHAR NOT NULL,
    friend_contact_id VARCHAR NOT NULL,
    amount DECIMAL(18, 4) NOT NULL,
    currency VARCHAR NOT NULL,
    earned_at TIMESTAMP NOT NULL,
    day DATE NOT NULL,
    status VARCHAR NOT NULL,
    reason VARCHAR,
    import_id BIGINT,
    network VARCHAR NOT NULL
);
INSERT INTO rewards SELECT *, 'Advocates' FROM rewards_before_0021;
DROP TABLE rewards_before_0021;

-- workspace_handles: the public handle of a workspace's pages (/b/{handle}, /p/{handle}/{program}); lower case, unique.
CREATE TABLE workspace_handles (
    workspace_id BIGINT PRIMARY KEY,
    handle VARCHAR NOT NULL UNIQUE
);

-- bio_links: the tracked links the link-in-bio page lists, in position order, with a title and an optional image URL.
CREATE TABLE bio_links (
    workspace_id BIGINT NOT NULL,
    link_id BIGINT NOT NULL,
    title VARCHAR NOT NULL,
    image_url VARCHAR,
    position INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, link_id)
);
