-- What `payoff report sources -w NAME` (by network, no filter, no comparison) asks DuckDB after opening the
-- file: the workspace, then DuckDbSourcesReader's three statements with its parameters written as literals
-- (run.sh fills in @WORKSPACE_NAME@, @WORKSPACE_ID@, @CURRENCY@ and the period's UTC bounds @START@, @END@,
-- @FIRST_DAY@, @LAST_DAY@). Keep it in step with DuckDbSourcesReader.Statement: run.sh checks that the
-- sessions it counts equal the CLI's total.
SELECT w.id, w.name, w.time_zone, w.currency, w.session_timeout_minutes, l.locale FROM workspaces w LEFT JOIN workspace_locales l ON l.workspace_id = w.id WHERE w.name = '@WORKSPACE_NAME@';
WITH buckets(b, s, e) AS (VALUES (CAST(0 AS INTEGER), CAST('@START@' AS TIMESTAMP), CAST('@END@' AS TIMESTAMP))),
x AS (
    SELECT b.b, NULL::VARCHAR AS k_channel, coalesce(s.network, s.channel) AS k_network, NULL::VARCHAR AS k_campaign, NULL::VARCHAR AS k_content, count(*) AS sessions, 0 AS contacts, 0 AS customers, 0::DECIMAL(18,4) AS revenue
    FROM sessions s JOIN buckets b ON s.started_at >= b.s AND s.started_at < b.e
    WHERE s.workspace_id = @WORKSPACE_ID@
    GROUP BY ALL
    UNION ALL
    SELECT b.b, NULL::VARCHAR AS k_channel, coalesce(p.network, p.channel) AS k_network, NULL::VARCHAR AS k_campaign, NULL::VARCHAR AS k_content, 0, count(*), 0, 0
    FROM people p JOIN buckets b ON p.contact_at >= b.s AND p.contact_at < b.e
    WHERE p.workspace_id = @WORKSPACE_ID@
    GROUP BY ALL
    UNION ALL
    SELECT b.b, NULL::VARCHAR AS k_channel, coalesce(p.network, p.channel) AS k_network, NULL::VARCHAR AS k_campaign, NULL::VARCHAR AS k_content, 0, 0, count(*), 0
    FROM people p JOIN buckets b ON p.customer_at >= b.s AND p.customer_at < b.e
    WHERE p.workspace_id = @WORKSPACE_ID@
    GROUP BY ALL
    UNION ALL
    SELECT b.b, NULL::VARCHAR AS k_channel, coalesce(p.network, p.channel) AS k_network, NULL::VARCHAR AS k_campaign, NULL::VARCHAR AS k_content, 0, 0, 0, sum(r.amount)
    FROM revenue r
    JOIN people p ON p.workspace_id = r.workspace_id AND p.person_key = r.person_key
    JOIN buckets b ON r.occurred_at >= b.s AND r.occurred_at < b.e
    WHERE r.workspace_id = @WORKSPACE_ID@ AND r.currency = '@CURRENCY@'
    GROUP BY ALL)
SELECT b, min(k_channel), min(k_network), min(k_campaign), min(k_content),
       sum(sessions)::BIGINT, sum(contacts)::BIGINT, sum(customers)::BIGINT, sum(revenue)::DECIMAL(18,4)
FROM x
GROUP BY b, lower(k_channel), lower(k_network), lower(k_campaign), lower(k_content);
WITH buckets(b, s, e) AS (VALUES (CAST(0 AS INTEGER), CAST('@START@' AS TIMESTAMP), CAST('@END@' AS TIMESTAMP)))
SELECT b.b, r.currency, sum(r.amount)::DECIMAL(18,4)
FROM revenue r
JOIN people p ON p.workspace_id = r.workspace_id AND p.person_key = r.person_key
JOIN buckets b ON r.occurred_at >= b.s AND r.occurred_at < b.e
WHERE r.workspace_id = @WORKSPACE_ID@ AND r.currency <> '@CURRENCY@'
GROUP BY ALL
ORDER BY 1, 2;
SELECT period_start, period_end, dimension, value, sessions, engaged_sessions, key_events, revenue FROM traffic WHERE workspace_id = @WORKSPACE_ID@ AND period_end >= '@FIRST_DAY@' AND period_start <= '@LAST_DAY@';
