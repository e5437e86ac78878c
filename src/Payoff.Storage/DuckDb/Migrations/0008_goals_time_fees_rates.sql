-- goals, staff time, hourly rates, fees, currency rates, assigned values; conversions derived per person
CREATE TABLE conversions (
    workspace_id BIGINT NOT NULL,
    person_key VARCHAR NOT NULL,
    occurred_at TIMESTAMP NOT NULL,
    type VARCHAR NOT NULL,
    name VARCHAR,
    value DECIMAL(18,4),
    currency VARCHAR,
    ref VARCHAR NOT NULL
);
CREATE SEQUENCE goal_ids START 1;
CREATE TABLE goals (
    id BIGINT PRIMARY KEY DEFAULT nextval('goal_ids'),
    workspace_id BIGINT NOT NULL,
    name VARCHAR NOT NULL,
    metric VARCHAR NOT NULL,
    network VARCHAR,
    campaign VARCHAR,
    label VARCHAR,
    target DECIMAL(18,4),
    target_percent DECIMAL(18,4),
    baseline DECIMAL(18,4),
    start_day DATE NOT NULL,
    deadline DATE NOT NULL,
    budget DECIMAL(18,4),
    created_at TIMESTAMP NOT NULL,
    archived_at TIMESTAMP
);
CREATE SEQUENCE time_ids START 1;
CREATE TABLE time_entries (
    id BIGINT PRIMARY KEY DEFAULT nextval('time_ids'),
    workspace_id BIGINT NOT NULL,
    network VARCHAR NOT NULL,
    person VARCHAR NOT NULL,
    day DATE NOT NULL,
    minutes INTEGER NOT NULL,
    note VARCHAR,
    created_at TIMESTAMP NOT NULL
);
CREATE TABLE time_recurrences (
    id BIGINT PRIMARY KEY DEFAULT nextval('time_ids'),
    workspace_id BIGINT NOT NULL,
    network VARCHAR NOT NULL,
    person VARCHAR NOT NULL,
    minutes INTEGER NOT NULL,
    days VARCHAR NOT NULL,
    start_day DATE NOT NULL,
    end_day DATE,
    created_at TIMESTAMP NOT NULL
);
CREATE TABLE hourly_rates (
    workspace_id BIGINT NOT NULL,
    person VARCHAR NOT NULL,
    rate DECIMAL(18,4) NOT NULL,
    currency VARCHAR NOT NULL,
    PRIMARY KEY (workspace_id, person)
);
CREATE SEQUENCE fee_ids START 1;
CREATE TABLE fees (
    id BIGINT PRIMARY KEY DEFAULT nextval('fee_ids'),
    workspace_id BIGINT NOT NULL,
    name VARCHAR NOT NULL,
    monthly_amount DECIMAL(18,4) NOT NULL,
    currency VARCHAR NOT NULL,
    shares VARCHAR NOT NULL,
    start_month DATE NOT NULL,
    end_month DATE
);
CREATE TABLE currency_rates (
    workspace_id BIGINT NOT NULL,
    currency VARCHAR NOT NULL,
    valid_from DATE NOT NULL,
    rate DECIMAL(18,8) NOT NULL,
    PRIMARY KEY (workspace_id, currency, valid_from)
);
CREATE TABLE assigned_values (
    workspace_id BIGINT NOT NULL,
    conversion VARCHAR NOT NULL,
    value DECIMAL(18,4) NOT NULL,
    currency VARCHAR NOT NULL,
    PRIMARY KEY (workspace_id, conversion)
);
