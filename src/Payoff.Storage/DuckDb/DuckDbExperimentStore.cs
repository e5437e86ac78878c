using System.Data.Common;
using Payoff.Core.Content;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>The experiment log in table <c>experiments</c> (variants stored comma-joined: a variant holds no comma).</summary>
public sealed class DuckDbExperimentStore(DuckDbDatabase db) : IExperimentStore
{
    private const string Columns = "id, network, name, variants, assign, metric, from_day, until_day, created_at, ended_at, outcome, winner, summary";

    /// <inheritdoc />
    public Task<Experiment> AddAsync(Workspace workspace, ExperimentPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(plan);
        return Task.FromResult(db.InTransaction(() =>
        {
            if (db.Scalar<long>("SELECT count(*) FROM experiments WHERE workspace_id = $1 AND lower(name) = lower($2)", workspace.Id, plan.Name) > 0)
            {
                throw new StoreException($"The workspace already has an experiment named '{plan.Name}'.");
            }

            var now = db.Time.GetUtcNow();
            var id = db.Scalar<long>(
                "INSERT INTO experiments (workspace_id, network, name, variants, assign, metric, from_day, until_day, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                workspace.Id, plan.Network, plan.Name, string.Join(',', plan.Variants), plan.Assign.ToString(), plan.Metric.ToString(),
                plan.From.ToDateTime(TimeOnly.MinValue), plan.Until.ToDateTime(TimeOnly.MinValue), DuckDbDatabase.ToDb(now));
            return new Experiment(id, plan, DuckDbDatabase.Truncated(now), null);
        }));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Experiment>> ListAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        IReadOnlyList<Experiment> experiments = db.Query($"SELECT {Columns} FROM experiments WHERE workspace_id = $1 ORDER BY id", Read, workspace.Id);
        return Task.FromResult(experiments);
    }

    /// <inheritdoc />
    public Task<bool> EndAsync(Workspace workspace, long id, ExperimentEnd ending, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(ending);
        return Task.FromResult(db.Execute(
            "UPDATE experiments SET ended_at = $3, outcome = $4, winner = $5, summary = $6 WHERE workspace_id = $1 AND id = $2 AND ended_at IS NULL",
            workspace.Id, id, DuckDbDatabase.ToDb(ending.At), ending.Outcome.ToString(), ending.Winner, ending.Summary) > 0);
    }

    private static Experiment Read(DbDataReader r)
    {
        var plan = new ExperimentPlan(
            r.GetString(1),
            r.GetString(2),
            r.GetString(3).Split(','),
            Enum.Parse<ExperimentAssignment>(r.GetString(4)),
            Enum.Parse<ExperimentMetric>(r.GetString(5)),
            DateOnly.FromDateTime(r.GetDateTime(6)),
            DateOnly.FromDateTime(r.GetDateTime(7)));
        var end = r.IsDBNull(9) ? null : new ExperimentEnd(DuckDbDatabase.FromDb(r.GetDateTime(9)), Enum.Parse<ExperimentOutcome>(r.GetString(10)), r.IsDBNull(11) ? null : r.GetString(11), r.GetString(12));
        return new Experiment(r.GetInt64(0), plan, DuckDbDatabase.FromDb(r.GetDateTime(8)), end);
    }
}
