using Payoff.Core.Reporting.Verdict;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Verdict;

/// <summary>Builds the verdict: the one place <see cref="VerdictReportBuilder"/> is constructed for a host.</summary>
/// <param name="store">The store a session is opened on.</param>
/// <param name="time">The clock (goals' progress is tracked to today).</param>
public sealed class VerdictHandler(IStore store, TimeProvider time) : ReportHandler<VerdictRequest, VerdictReport>(store)
{
    /// <summary>Builds the verdict in <paramref name="session"/>, with the workspace's active goals unless <see cref="VerdictRequest.WithGoals"/> is false.</summary>
    public override async Task<VerdictReport> HandleAsync(IStoreSession session, Workspace workspace, VerdictRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(request);
        await Advocacy.AdvocacyHandler.SyncRewardsAsync(session, workspace, cancellationToken);
        var goals = request.WithGoals ? await session.Goals.ListAsync(workspace, cancellationToken: cancellationToken) : [];
        return await new VerdictReportBuilder(session.Ledger, time, session.Content, session.Experiments).BuildAsync(workspace, request.Period, goals, cancellationToken);
    }
}
