using Payoff.Core.Reporting.Kpi;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Kpi;

/// <summary>Builds the program KPI report: the one place <see cref="KpiReportBuilder"/> is constructed for a host.</summary>
/// <param name="store">The store a session is opened on.</param>
public sealed class KpiHandler(IStore store) : ReportHandler<KpiRequest, KpiReport>(store)
{
    /// <summary>Builds the report in <paramref name="session"/>.</summary>
    public override async Task<KpiReport> HandleAsync(IStoreSession session, Workspace workspace, KpiRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Weights.Program == KpiWeights.Referral)
        {
            // One row per referral program, from the advocates report over the period and the six months before.
            var history = new DateRange(request.Range.From.AddMonths(-6), request.Range.From.AddDays(-1));
            var programs = new List<(Core.Advocacy.ReferralProgram, Core.Advocacy.AdvocacyReport, Core.Advocacy.AdvocacyReport)>();
            foreach (var program in await session.Advocacy.ProgramsAsync(workspace, cancellationToken))
            {
                programs.Add((
                    program,
                    await Advocacy.AdvocacyHandler.BuildReportAsync(session, workspace, request.Range, program, null, cancellationToken),
                    await Advocacy.AdvocacyHandler.BuildReportAsync(session, workspace, history, program, null, cancellationToken)));
            }

            return ReferralKpi.Build(programs, request.Range, history, request.Weights);
        }

        return await new KpiReportBuilder(session.Ledger).BuildAsync(workspace, request.Range, request.Weights, request.ByCampaign, cancellationToken);
    }
}
