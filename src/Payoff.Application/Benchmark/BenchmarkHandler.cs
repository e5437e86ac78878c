using Payoff.Application.Requests;
using Payoff.Core.Goals;
using Payoff.Core.Reporting.Benchmark;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Benchmark;

/// <summary>
/// Builds the monthly benchmark and tracks the goals shown under it: the one place a host gets
/// <see cref="BenchmarkReportBuilder"/> and the benchmark's <see cref="GoalService"/>.
/// </summary>
/// <param name="store">The store a session is opened on.</param>
/// <param name="time">The clock (goals are tracked to today in the workspace's zone).</param>
public sealed class BenchmarkHandler(IStore store, TimeProvider time) : ReportHandler<BenchmarkRequest, BenchmarkResult>(store)
{
    /// <summary>Builds the benchmark in <paramref name="session"/> (a page that holds one passes it: sessions never nest).</summary>
    /// <exception cref="RequestException">The network is unknown.</exception>
    public override async Task<BenchmarkResult> HandleAsync(IStoreSession session, Workspace workspace, BenchmarkRequest request, CancellationToken cancellationToken = default)
    {
        var report = await ReportAsync(session, workspace, request, cancellationToken);
        var goals = Shown(await session.Goals.ListAsync(workspace, cancellationToken: cancellationToken), report.Query.Network);
        var progress = await new GoalService(session.Ledger, time).TrackAsync(workspace, goals, cancellationToken);
        return new BenchmarkResult(report, workspace.Name, progress);
    }

    /// <summary>
    /// The benchmark's months from the sources (no ledger read), its network resolved against the workspace's names
    /// (<see cref="BenchmarkQuery.Network"/>): the part of <see cref="HandleAsync"/> before the goals, for a page that
    /// tracks them from its own ledger read.
    /// </summary>
    /// <exception cref="RequestException">The network is unknown.</exception>
    internal static async Task<BenchmarkReport> ReportAsync(IStoreSession session, Workspace workspace, BenchmarkRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        var network = await NetworkField.ResolveAsync(session, workspace, request.Network, request.NetworkName, cancellationToken);
        return await new BenchmarkReportBuilder(session.Sources, session.DataDays).BuildAsync(workspace, new BenchmarkQuery(request.To, request.Months, network), cancellationToken);
    }

    /// <summary>The goals shown under the benchmark of <paramref name="network"/>: those scoped to it, or all when it is null.</summary>
    internal static List<Goal> Shown(IReadOnlyList<Goal> goals, string? network) =>
        [.. goals.Where(g => network is null || string.Equals(g.Scope.Network, network, StringComparison.OrdinalIgnoreCase))];
}
