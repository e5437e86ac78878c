using Payoff.Core.Costs;
using Payoff.Core.Goals;
using Payoff.Core.Money;
using Payoff.Storage.DuckDb;

/// <summary>What a real workspace adds to its events, for the benchmarks: costs, staff time, a fee, a value and goals.</summary>
internal static class BenchWorkspace
{
    /// <summary>Daily ad spend per social campaign for a year, staff time, a fee, an assigned value and three goals.</summary>
    public static async Task AddCostsAndGoalsAsync(DuckDbDatabase db, Payoff.Core.Workspaces.Workspace workspace)
    {
        db.Execute(
            """
            INSERT INTO costs
            SELECT $1, s.network, s.campaign, d::DATE, 12.5, 'USD', 1000, 20, 1, 0
            FROM (SELECT DISTINCT network, campaign FROM sessions WHERE workspace_id = $1 AND network IS NOT NULL AND campaign IS NOT NULL) s,
                 range(DATE '2025-11-24', DATE '2026-11-24', INTERVAL 1 DAY) t(d)
            """,
            workspace.Id);
        ICostSetupStore setup = new DuckDbCostSetupStore(db);
        await setup.SetRateAsync(workspace, new HourlyRate(string.Empty, 10m, "USD"));
        foreach (var network in new[] { "Facebook", "LinkedIn", "X", "Instagram" })
        {
            await setup.RecurAsync(workspace, new TimeRecurrence(0, network, string.Empty, 30, DayPattern.Weekdays, new DateOnly(2025, 11, 24)));
        }

        await setup.AddFeeAsync(workspace, new Fee(0, "Scheduler", 49m, "USD", new Dictionary<string, decimal> { ["Facebook"] = 1, ["LinkedIn"] = 1, ["X"] = 1 }, new DateOnly(2025, 11, 1)));
        await setup.SetValueAsync(workspace, new AssignedValue("newsletter", 5m, "USD"));
        IGoalStore store = new DuckDbGoalStore(db);
        foreach (var (network, metric) in new[] { ("LinkedIn", "contacts"), ("Facebook", "sessions"), ("X", "contact-rate") })
        {
            await store.AddAsync(workspace, new Goal { Name = $"{network} {metric}", Metric = GoalMetrics.Find(metric)!, Scope = new GoalScope(network, null, null), TargetPercent = 20, Start = new DateOnly(2026, 10, 1), Deadline = new DateOnly(2026, 12, 31) });
        }
    }
}
