using Payoff.Core.Workspaces;
using Payoff.Core.Stores;

namespace Payoff.Storage.DuckDb;

/// <summary>Workspaces in a DuckDB file. Creates the <c>default</c> workspace (UTC, USD) when missing.</summary>
public sealed class DuckDbWorkspaceStore : IWorkspaceStore
{
    /// <summary>The tables whose rows belong to a workspace.</summary>
    internal static readonly IReadOnlyList<string> ScopedTables = ["imports", "events", "sessions", "contacts", "people", "revenue", "journey_paths", "sites", "links", "link_clicks", "dropped_hits", "api_keys", "account_metrics", "costs", "posts", "contacts_replaced", "journey_paths_replaced", "account_metrics_replaced", "costs_replaced", "posts_replaced", "traffic", "traffic_replaced", "audience", "audience_replaced", "conversions", "goals", "time_entries", "time_recurrences", "hourly_rates", "fees", "currency_rates", "assigned_values", "memberships", "workspace_locales", "daily_rollups", "invitations", "experiments", "post_links", "post_times_unknown", "post_hashtag_clicks", "conversation_messages", "conversation_messages_replaced", "conversation_corrections", "conversation_settings", "conversation_days", "conversation_days_state", "advocates", "referral_programs", "rewards", "reward_history", "workspace_handles", "bio_links", "report_templates", "workspace_branding", "report_schedules", "schedule_runs", "share_links", "share_opens", "report_archive", "alert_rules", "alert_holding"];

    private readonly DuckDbDatabase _db;

    /// <summary>Creates the store and makes sure the default workspace exists.</summary>
    public DuckDbWorkspaceStore(DuckDbDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
        if (_db.Scalar<long>("SELECT count(*) FROM workspaces WHERE name = $1", Workspace.DefaultName) == 0)
        {
            Insert(Workspace.DefaultName, "UTC", "USD");
        }
    }

    /// <inheritdoc />
    public Task<Workspace?> FindAsync(string name, CancellationToken cancellationToken = default) =>
        Task.FromResult(Read("WHERE w.name = $1", name).FirstOrDefault());

    /// <inheritdoc />
    public Task<IReadOnlyList<Workspace>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Workspace>>(List());

    /// <summary>Every workspace by name, read on the calling thread (for the adapters' own synchronous work inside a transaction).</summary>
    internal List<Workspace> List() => Read("ORDER BY w.name");

    /// <inheritdoc />
    public Task<Workspace> CreateAsync(string name, string timeZone, string currency, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (Read("WHERE w.name = $1", name).Count > 0)
        {
            throw new StoreException($"A workspace called '{name}' already exists.");
        }

        return Task.FromResult(Insert(name, timeZone, currency));
    }

    /// <inheritdoc />
    public Task<Workspace> UpdateAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        _db.InTransaction(() =>
        {
            var zone = _db.Scalar<string>("SELECT time_zone FROM workspaces WHERE id = $1", workspace.Id);
            _db.Execute("UPDATE workspaces SET time_zone = $1, currency = $2, session_timeout_minutes = $3 WHERE id = $4", workspace.TimeZone, workspace.Currency, (int)workspace.SessionTimeout.TotalMinutes, workspace.Id);
            _db.Execute("DELETE FROM workspace_locales WHERE workspace_id = $1", workspace.Id);
            if (zone is not null && zone != workspace.TimeZone)
            {
                // Stored local days follow the zone: sessions' days and every rollup are cut again in the same write.
                DuckDbRollups.RebuildAll(_db, workspace);
            }

            return workspace.Locale == Workspace.DefaultLocale ? 0 : _db.Execute("INSERT INTO workspace_locales (workspace_id, locale) VALUES ($1, $2)", workspace.Id, workspace.Locale);
        });
        return Task.FromResult(workspace);
    }

    /// <inheritdoc />
    public Task DeleteAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        _db.InTransaction(() =>
        {
            foreach (var table in ScopedTables)
            {
                _db.Execute($"DELETE FROM {table} WHERE workspace_id = $1", workspace.Id);
            }

            return _db.Execute("DELETE FROM workspaces WHERE id = $1", workspace.Id);
        });
        return Task.CompletedTask;
    }

    private Workspace Insert(string name, string timeZone, string currency)
    {
        var id = _db.Scalar<long>(
            "INSERT INTO workspaces (name, time_zone, currency, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
            name,
            timeZone,
            currency,
            _db.Time.GetUtcNow());
        return new Workspace(id, name, timeZone, currency);
    }

    private List<Workspace> Read(string where, params object?[] parameters)
    {
        using var command = _db.Command($"SELECT w.id, w.name, w.time_zone, w.currency, w.session_timeout_minutes, l.locale FROM workspaces w LEFT JOIN workspace_locales l ON l.workspace_id = w.id {where}", parameters);
        using var reader = command.ExecuteReader();
        var result = new List<Workspace>();
        while (reader.Read())
        {
            result.Add(new Workspace(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)) { SessionTimeout = TimeSpan.FromMinutes(reader.GetInt32(4)), Locale = reader.IsDBNull(5) ? Workspace.DefaultLocale : reader.GetString(5) });
        }

        return result;
    }
}
