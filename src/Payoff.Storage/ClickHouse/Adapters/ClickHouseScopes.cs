using Payoff.Core.Workspaces;

namespace Payoff.Storage.ClickHouse.Adapters;

/// <summary>
/// What belongs to a workspace across the ClickHouse tables: deleting a workspace's data, and cutting its stored local days
/// again when its time zone changes.
/// </summary>
internal sealed class ClickHouseScopes(ClickHouseDatabase db)
{
    /// <summary>The changing-row tables scoped by <c>workspace_id</c>, with their key columns.</summary>
    public static readonly IReadOnlyList<(string Table, string[] Key)> StateTables =
    [
        ("sites", ["id"]),
        ("links", ["id"]),
        ("memberships", ["user_id", "workspace_id"]),
        ("api_keys", ["id"]),
        ("goals", ["workspace_id", "id"]),
        ("time_entries", ["workspace_id", "id"]),
        ("time_recurrences", ["workspace_id", "id"]),
        ("hourly_rates", ["workspace_id", "person"]),
        ("fees", ["workspace_id", "id"]),
        ("currency_rates", ["workspace_id", "currency", "valid_from"]),
        ("assigned_values", ["workspace_id", "conversion"]),
        ("experiments", ["workspace_id", "id"]),
        ("report_templates", ["workspace_id", "name"]),
        ("workspace_branding", ["workspace_id"]),
        ("report_schedules", ["workspace_id", "id"]),
        ("schedule_runs", ["workspace_id", "schedule_id", "period_key"]),
        ("share_links", ["workspace_id", "id"]),
        ("report_archive", ["workspace_id", "id"]),
        ("alert_rules", ["workspace_id", "kind"]),
        ("conversation_settings", ["workspace_id"]),
        ("conversation_corrections", ["workspace_id", "network", "message_id"]),
        ("advocates", ["workspace_id", "id"]),
        ("referral_programs", ["workspace_id", "id"]),
        ("rewards", ["workspace_id", "id"]),
        ("workspace_handles", ["workspace_id"]),
        ("bio_links", ["workspace_id", "link_id"]),
    ];

    /// <summary>Deletes every row of the workspace (its own row is the caller's).</summary>
    public async Task DeleteWorkspaceDataAsync(Workspace workspace)
    {
        foreach (var (table, key) in StateTables)
        {
            await new StateTable(db, table).DeleteWhereAsync(key, "WHERE workspace_id = $1", workspace.Id).ConfigureAwait(false);
        }

        await new StateTable(db, "invitations").DeleteWhereAsync(["selector"], "WHERE workspace_id = $1", workspace.Id).ConfigureAwait(false);

        // Everything else (events, sessions, imports, derivations, rollups) is deleted by mutations in the background: the
        // workspace's id is never given again, so no reader reaches those rows meanwhile.
        foreach (var node in db.Nodes)
        {
            var tables = await node.RowsAsync(ClickHouseSql.Bind(
                "SELECT c.table FROM system.columns c WHERE c.database = $1 AND c.name = 'workspace_id' AND c.table NOT IN (SELECT name FROM system.tables WHERE database = $1 AND engine = 'Distributed')",
                db.Address.Database)).ConfigureAwait(false);
            foreach (var table in tables)
            {
                await node.ExecuteAsync(ClickHouseSql.Bind($"ALTER TABLE {ClickHouseSql.Identifier(table[0]!)} DELETE WHERE workspace_id = $1", workspace.Id)).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Cuts the workspace's stored local days into its new zone's days: every session's day (and the sessions rollup with it)
    /// and the people measures' rollups; imported rows keep the days their exports gave.
    /// </summary>
    public async Task ZoneChangedAsync(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var events = new ClickHouseEvents(db);
        await using var held = await events.DeriveLockAsync(workspace).ConfigureAwait(false);
        await events.RebuildSessionsAsync(workspace, null).ConfigureAwait(false);
        await events.RebuildPeopleAsync(workspace).ConfigureAwait(false);
    }
}
