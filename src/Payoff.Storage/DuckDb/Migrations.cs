namespace Payoff.Storage.DuckDb;

/// <summary>
/// The schema, as the ordered list of migrations. Never edit a released migration: add a new one.
/// </summary>
/// <remarks>
/// Timestamps are UTC instants in <c>TIMESTAMP</c> columns; money is <c>DECIMAL(18,4)</c> with its
/// currency beside it; every table but <c>workspaces</c> is scoped by <c>workspace_id</c>; every
/// imported row carries the <c>import_id</c> it came from.
/// </remarks>
public static class Migrations
{
    /// <summary>All migrations in version order.</summary>
    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "workspaces, imports, events, sessions, contacts, people, revenue, journey paths", """
            CREATE SEQUENCE workspace_ids START 1;
            CREATE TABLE workspaces (
                id BIGINT PRIMARY KEY DEFAULT nextval('workspace_ids'),
                name VARCHAR NOT NULL UNIQUE,
                time_zone VARCHAR NOT NULL,
                currency VARCHAR NOT NULL,
                session_timeout_minutes INTEGER NOT NULL DEFAULT 30,
                created_at TIMESTAMP NOT NULL
            );
            CREATE SEQUENCE import_ids START 1;
            CREATE TABLE imports (
                id BIGINT PRIMARY KEY,
                workspace_id BIGINT NOT NULL,
                kind VARCHAR NOT NULL,
                file_name VARCHAR NOT NULL,
                file_sha256 VARCHAR NOT NULL,
                rows BIGINT NOT NULL,
                imported BIGINT NOT NULL,
                rejected BIGINT NOT NULL,
                duplicates BIGINT NOT NULL,
                imported_at TIMESTAMP NOT NULL
            );
            CREATE TABLE events (
                workspace_id BIGINT NOT NULL,
                event_id VARCHAR NOT NULL,
                ts TIMESTAMP NOT NULL,
                visitor_id VARCHAR,
                type VARCHAR NOT NULL,
                url VARCHAR,
                referrer VARCHAR,
                value DECIMAL(18,4),
                currency VARCHAR,
                contact_id VARCHAR,
                name VARCHAR,
                channel VARCHAR NOT NULL,
                network VARCHAR,
                source VARCHAR NOT NULL,
                medium VARCHAR NOT NULL,
                campaign VARCHAR,
                content VARCHAR,
                term VARCHAR,
                click_id_type VARCHAR,
                click_id VARCHAR,
                import_id BIGINT,
                PRIMARY KEY (workspace_id, event_id)
            );
            CREATE TABLE sessions (
                workspace_id BIGINT NOT NULL,
                visitor_id VARCHAR NOT NULL,
                started_at TIMESTAMP NOT NULL,
                ended_at TIMESTAMP NOT NULL,
                hits INTEGER NOT NULL,
                landing_url VARCHAR,
                channel VARCHAR NOT NULL,
                network VARCHAR,
                source VARCHAR NOT NULL,
                medium VARCHAR NOT NULL,
                campaign VARCHAR,
                content VARCHAR,
                term VARCHAR,
                click_id_type VARCHAR
            );
            CREATE TABLE contacts (
                workspace_id BIGINT NOT NULL,
                contact_id VARCHAR NOT NULL,
                created_at TIMESTAMP,
                lead_at TIMESTAMP,
                customer_at TIMESTAMP,
                revenue DECIMAL(18,4),
                currency VARCHAR,
                original_source VARCHAR,
                channel VARCHAR,
                network VARCHAR,
                source VARCHAR,
                medium VARCHAR,
                campaign VARCHAR,
                import_id BIGINT NOT NULL,
                PRIMARY KEY (workspace_id, contact_id)
            );
            CREATE TABLE people (
                workspace_id BIGINT NOT NULL,
                person_key VARCHAR NOT NULL,
                contact_id VARCHAR,
                contact_at TIMESTAMP,
                customer_at TIMESTAMP,
                channel VARCHAR NOT NULL,
                network VARCHAR,
                source VARCHAR NOT NULL,
                medium VARCHAR NOT NULL,
                campaign VARCHAR,
                content VARCHAR,
                term VARCHAR
            );
            CREATE TABLE revenue (
                workspace_id BIGINT NOT NULL,
                person_key VARCHAR NOT NULL,
                occurred_at TIMESTAMP NOT NULL,
                amount DECIMAL(18,4) NOT NULL,
                currency VARCHAR NOT NULL,
                origin VARCHAR NOT NULL,
                ref VARCHAR NOT NULL
            );
            CREATE TABLE journey_paths (
                workspace_id BIGINT NOT NULL,
                import_id BIGINT NOT NULL,
                line BIGINT NOT NULL,
                path VARCHAR NOT NULL,
                conversions BIGINT NOT NULL,
                value DECIMAL(18,4) NOT NULL,
                nulls BIGINT NOT NULL
            );
            """),
        new(2, "live tracking: sites, links, clicks, dropped hits, API keys, salts", """
            ALTER TABLE events ADD COLUMN site_id BIGINT;
            ALTER TABLE events ADD COLUMN device VARCHAR;
            ALTER TABLE events ADD COLUMN browser VARCHAR;
            ALTER TABLE events ADD COLUMN country VARCHAR;
            ALTER TABLE people ADD COLUMN first_visitor_id VARCHAR;
            ALTER TABLE people ADD COLUMN first_session_at TIMESTAMP;
            CREATE SEQUENCE site_ids START 1;
            CREATE TABLE sites (
                id BIGINT PRIMARY KEY,
                workspace_id BIGINT NOT NULL,
                domain VARCHAR NOT NULL UNIQUE,
                site_key VARCHAR NOT NULL UNIQUE,
                identity_mode VARCHAR NOT NULL,
                honour_dnt BOOLEAN NOT NULL,
                created_at TIMESTAMP NOT NULL
            );
            CREATE SEQUENCE link_ids START 1;
            CREATE TABLE links (
                id BIGINT PRIMARY KEY,
                workspace_id BIGINT NOT NULL,
                slug VARCHAR NOT NULL UNIQUE,
                destination VARCHAR NOT NULL,
                source VARCHAR NOT NULL,
                medium VARCHAR NOT NULL,
                campaign VARCHAR NOT NULL,
                content VARCHAR,
                term VARCHAR,
                enabled BOOLEAN NOT NULL,
                created_at TIMESTAMP NOT NULL
            );
            CREATE TABLE link_clicks (
                workspace_id BIGINT NOT NULL,
                click_id VARCHAR NOT NULL,
                link_id BIGINT NOT NULL,
                ts TIMESTAMP NOT NULL,
                visitor_id VARCHAR NOT NULL,
                unique_key VARCHAR NOT NULL,
                drop_reason VARCHAR,
                destination VARCHAR NOT NULL,
                PRIMARY KEY (workspace_id, click_id)
            );
            CREATE TABLE dropped_hits (
                workspace_id BIGINT NOT NULL,
                hit_id VARCHAR NOT NULL,
                ts TIMESTAMP NOT NULL,
                site_id BIGINT,
                reason VARCHAR NOT NULL,
                PRIMARY KEY (workspace_id, hit_id)
            );
            CREATE SEQUENCE api_key_ids START 1;
            CREATE TABLE api_keys (
                id BIGINT PRIMARY KEY,
                workspace_id BIGINT NOT NULL,
                name VARCHAR NOT NULL,
                prefix VARCHAR NOT NULL,
                secret_sha256 VARCHAR NOT NULL UNIQUE,
                scope VARCHAR NOT NULL,
                created_at TIMESTAMP NOT NULL,
                revoked_at TIMESTAMP
            );
            CREATE TABLE salts (
                day DATE PRIMARY KEY,
                salt BLOB NOT NULL
            );
            """),
        new(3, "imported account metrics and ad costs", """
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
            """),
        new(4, "imported social posts", """
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
                import_id BIGINT NOT NULL,
                PRIMARY KEY (workspace_id, network, post_id)
            );
            """),
        new(5, "undo: imports can be undone; rows an import replaced are archived", """
            ALTER TABLE imports ADD COLUMN undone_at TIMESTAMP;
            CREATE TABLE contacts_replaced AS SELECT *, 0::BIGINT AS replaced_by FROM contacts LIMIT 0;
            CREATE TABLE journey_paths_replaced AS SELECT *, 0::BIGINT AS replaced_by FROM journey_paths LIMIT 0;
            CREATE TABLE account_metrics_replaced AS SELECT *, 0::BIGINT AS replaced_by FROM account_metrics LIMIT 0;
            CREATE TABLE costs_replaced AS SELECT *, 0::BIGINT AS replaced_by FROM costs LIMIT 0;
            CREATE TABLE posts_replaced AS SELECT *, 0::BIGINT AS replaced_by FROM posts LIMIT 0;
            """),
        new(6, "imported analytics traffic", """
            CREATE TABLE traffic (
                workspace_id BIGINT NOT NULL,
                dimension VARCHAR NOT NULL,
                value VARCHAR NOT NULL,
                period_start DATE NOT NULL,
                period_end DATE NOT NULL,
                sessions BIGINT NOT NULL,
                engaged_sessions BIGINT,
                key_events DECIMAL(18,4),
                revenue DECIMAL(18,4),
                import_id BIGINT NOT NULL,
                PRIMARY KEY (workspace_id, dimension, value, period_start, period_end)
            );
            CREATE TABLE traffic_replaced AS SELECT *, 0::BIGINT AS replaced_by FROM traffic LIMIT 0;
            """),
        new(7, "imported posts, metrics and costs without a primary-key index: uniqueness is kept by the import's replace, and a large file's import stays in bounded memory", """
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
            """),
        new(8, "goals, staff time, hourly rates, fees, currency rates, assigned values; conversions derived per person", """
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
            """),
        new(9, "dashboard accounts: users and their roles per workspace", """
            CREATE SEQUENCE user_ids START 1;
            CREATE TABLE users (
                id BIGINT PRIMARY KEY DEFAULT nextval('user_ids'),
                email VARCHAR NOT NULL UNIQUE,
                password_hash VARCHAR NOT NULL,
                created_at TIMESTAMP NOT NULL
            );
            CREATE TABLE memberships (
                user_id BIGINT NOT NULL,
                workspace_id BIGINT NOT NULL,
                role VARCHAR NOT NULL,
                PRIMARY KEY (user_id, workspace_id)
            );
            """),
        new(10, "accounts: a security stamp per user (sign-out, removal and a new password end every session); one-time links for invitations and password resets, stored as the hash of their secret", """
            CREATE TABLE user_stamps (
                user_id BIGINT PRIMARY KEY,
                security_stamp VARCHAR NOT NULL
            );
            INSERT INTO user_stamps SELECT id, gen_random_uuid()::VARCHAR FROM users;
            CREATE TABLE invitations (
                selector VARCHAR PRIMARY KEY,
                secret_hash VARCHAR NOT NULL,
                kind VARCHAR NOT NULL,
                email VARCHAR NOT NULL,
                workspace_id BIGINT,
                role VARCHAR,
                invited_by BIGINT,
                created_at TIMESTAMP NOT NULL,
                expires_at TIMESTAMP NOT NULL,
                used_at TIMESTAMP
            );
            """),
    ];


    /// <summary>The newest schema version this build knows.</summary>
    public static int Latest => All[^1].Version;
}
