-- Advocates, referral programs and the two-way reward ledger (issue 19).
-- advocates: a CRM contact with a referral code (upper case, unique per workspace); followers only shown, never ranked by.
CREATE SEQUENCE advocate_ids START 1;
CREATE TABLE advocates (
    id BIGINT PRIMARY KEY DEFAULT nextval('advocate_ids'),
    workspace_id BIGINT NOT NULL,
    contact_id VARCHAR NOT NULL,
    code VARCHAR NOT NULL,
    followers INTEGER,
    created_at TIMESTAMP NOT NULL
);

-- referral_programs: rewards are exact amounts in the workspace currency; trigger 'lead' | 'customer' | 'conversion'
-- (conversion names it); cap: rewarded actions per advocate per local month; from_day/to_day: the local window.
CREATE SEQUENCE referral_program_ids START 1;
CREATE TABLE referral_programs (
    id BIGINT PRIMARY KEY DEFAULT nextval('referral_program_ids'),
    workspace_id BIGINT NOT NULL,
    name VARCHAR NOT NULL,
    advocate_reward DECIMAL(18, 4) NOT NULL,
    friend_reward DECIMAL(18, 4) NOT NULL,
    currency VARCHAR NOT NULL,
    trigger VARCHAR NOT NULL,
    conversion VARCHAR,
    cap INTEGER,
    from_day DATE,
    to_day DATE,
    disclosure VARCHAR,
    created_at TIMESTAMP NOT NULL
);

-- rewards: one row per program, side ('advocate' | 'friend') and friend action key; status 'earned' | 'approved' |
-- 'paid' | 'voided' (reason says why); import_id: the import that brought the action (undo voids), NULL when live.
CREATE SEQUENCE reward_ids START 1;
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
    import_id BIGINT
);

-- reward_history: every status a reward took, when, by whom and why (the first row is its creation).
CREATE TABLE reward_history (
    workspace_id BIGINT NOT NULL,
    reward_id BIGINT NOT NULL,
    status VARCHAR NOT NULL,
    changed_at TIMESTAMP NOT NULL,
    changed_by VARCHAR NOT NULL,
    reason VARCHAR
);
