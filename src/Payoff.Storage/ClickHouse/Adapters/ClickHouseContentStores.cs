using System.Globalization;
using Payoff.Core.Audience;
using Payoff.Core.Content;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.ClickHouse.Adapters;

/// <summary>The workspace's current audience lists (each dimension as its newest import gave it), in the embedded store's order.</summary>
internal sealed class ClickHouseAudienceReader(ClickHouseDatabase db, ClickHouseEvents events) : IAudienceReader
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<AudienceRow>> ReadAsync(Workspace workspace, string? network = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return (await ClickHouseImportStore.Audience(db).ReadAsync(
            workspace,
            await events.UndoneImportsAsync(workspace).ConfigureAwait(false),
            $"SELECT network, account, audience, dimension, value, count, share, as_of, platform_dimension, position FROM {ReplacingTable.CurrentRows}").ConfigureAwait(false))
            .Where(r => network is null || string.Equals(r[0]!.ToLowerInvariant(), network.ToLowerInvariant(), StringComparison.Ordinal))
            .Select(r => new AudienceRow(
                r[0]!,
                r[1] is { Length: > 0 } account ? account : null,
                r[2]!,
                r[3]!,
                r[4]!,
                ClickHouseDatabase.NumberOrNull(r[5]),
                ClickHouseDatabase.ExactOrNull(r[6]) is { } share ? ClickHouseDatabase.Normalized(share) : null,
                ClickHouseDatabase.DayOrNull(r[7]),
                r[8]!,
                (int)ClickHouseDatabase.Number(r[9])))
            .OrderBy(a => a.Network, StringComparer.Ordinal)
            .ThenBy(a => a.Account ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(a => a.Audience, StringComparer.Ordinal)
            .ThenBy(a => a.Dimension, StringComparer.Ordinal)
            .ThenBy(a => a.Position)
            .ToList();
    }
}

/// <summary>Content experiments on the state node; a name is unique per workspace, case-insensitively (a claim).</summary>
internal sealed class ClickHouseExperimentStore(ClickHouseDatabase db) : IExperimentStore
{
    private readonly StateTable table = new(db, "experiments", "workspace_id", "id", "network", "name", "variants", "assign", "metric", "from_day", "until_day", "created_at", "ended_at", "outcome", "winner", "summary");

    /// <inheritdoc />
    public async Task<Experiment> AddAsync(Workspace workspace, ExperimentPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(plan);
        if ((await ListAsync(workspace, cancellationToken).ConfigureAwait(false)).Any(e => string.Equals(e.Plan.Name, plan.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw Taken(plan.Name);
        }

        var id = await db.NextIdAsync("experiment_ids").ConfigureAwait(false);
        if (!await db.ClaimAsync("experiment-name", $"{workspace.Id}/{plan.Name.ToLowerInvariant()}", id.ToString(CultureInfo.InvariantCulture), db.RowHolds("experiments")).ConfigureAwait(false))
        {
            throw Taken(plan.Name);
        }

        var now = db.Time.GetUtcNow();
        var created = ClickHouseDatabase.FromMicros(ClickHouseDatabase.Micros(now));
        await table.PutAsync(Row(workspace, new Experiment(id, plan, created, null))).ConfigureAwait(false);
        return new Experiment(id, plan, created, null);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Experiment>> ListAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return (await table.ReadAsync("WHERE workspace_id = $1", "ORDER BY id", workspace.Id).ConfigureAwait(false)).Select(Read).ToList();
    }

    /// <inheritdoc />
    public async Task<bool> EndAsync(Workspace workspace, long id, ExperimentEnd ending, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(ending);
        var found = (await table.ReadAsync("WHERE workspace_id = $1 AND id = $2", string.Empty, workspace.Id, id).ConfigureAwait(false)).Select(Read).FirstOrDefault();
        if (found is not { End: null })
        {
            return false;
        }

        await table.PutAsync(Row(workspace, found with { End = ending with { At = ClickHouseDatabase.FromMicros(ClickHouseDatabase.Micros(ending.At)) } })).ConfigureAwait(false);
        return true;
    }

    private static StoreException Taken(string name) => new($"The workspace already has an experiment named '{name}'.");

    private static object?[] Row(Workspace workspace, Experiment e) =>
    [
        workspace.Id, e.Id, e.Plan.Network, e.Plan.Name, string.Join(',', e.Plan.Variants), e.Plan.Assign.ToString(), e.Plan.Metric.ToString(), e.Plan.From,
        e.Plan.Until, ClickHouseDatabase.Micros(e.CreatedAt), e.End is { } end ? ClickHouseDatabase.Micros(end.At) : null, e.End?.Outcome.ToString(), e.End?.Winner, e.End?.Summary,
    ];

    private static Experiment Read(string?[] r)
    {
        var plan = new ExperimentPlan(
            r[2]!,
            r[3]!,
            r[4]!.Split(','),
            Enum.Parse<ExperimentAssignment>(r[5]!),
            Enum.Parse<ExperimentMetric>(r[6]!),
            ClickHouseDatabase.Day(r[7]),
            ClickHouseDatabase.Day(r[8]));
        var end = r[10] is null ? null : new ExperimentEnd(ClickHouseDatabase.Instant(r[10]), Enum.Parse<ExperimentOutcome>(r[11]!), r[12], r[13]!);
        return new Experiment(ClickHouseDatabase.Number(r[1]), plan, ClickHouseDatabase.Instant(r[9]), end);
    }
}
