using Payoff.Application.Advocacy;
using Payoff.Application.Requests;
using Payoff.Application.Tables;
using Payoff.Core.Advocacy;
using Payoff.Web.Components;
using Payoff.Web.Components.Charts;

namespace Payoff.Web.Advocacy;

/// <summary>
/// The Advocates page: the same advocates report as <c>payoff report advocates</c> over the picked days (<c>?program=</c>,
/// <c>?model=</c>), its sentences, friends reached and customers per advocate beside their followers as a chart, the
/// advocates and exchange tables, the reward ledger (newest 50), the candidates to invite (top 25) and the programs with
/// their public pages.
/// </summary>
/// <param name="Report">The advocates report.</param>
/// <param name="Findings">Its sentences.</param>
/// <param name="Labels">The chart's advocates, in rank order.</param>
/// <param name="Chart">Friends reached and friends' customers per advocate.</param>
/// <param name="Tables">advocate-results, exchange, rewards, advocate-candidates, programs.</param>
/// <param name="Handle">The workspace's public handle, or null (the public pages need one: <c>payoff workspace set --handle</c>).</param>
/// <param name="Programs">The programs.</param>
public sealed record AdvocatesModel(AdvocacyReport? Report, IReadOnlyList<string> Findings, IReadOnlyList<string> Labels, IReadOnlyList<ChartLine> Chart, IReadOnlyList<ReportTable> Tables, string? Handle, IReadOnlyList<ReferralProgram> Programs)
{
    private static readonly string[] Fields = ["from", "to", "program", "model"];

    /// <summary>Why the page shows no report (a bad field), or null.</summary>
    public string? Error { get; init; }

    /// <summary>Builds the page through <paramref name="scope"/>'s session.</summary>
    public static async Task<AdvocatesModel> BuildAsync(DashboardScope scope, AdvocacyHandler handler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(handler);
        try
        {
            var values = new RequestValues(Fields.ToDictionary(f => f, f => scope[f], StringComparer.Ordinal));
            var report = await AdvocacyHandler.ReportAsync(scope.Session, scope.Workspace, values, scope.Time, cancellationToken);
            var rewards = await scope.Session.Advocacy.RewardsAsync(scope.Workspace, null, cancellationToken);
            var programs = await scope.Session.Advocacy.ProgramsAsync(scope.Workspace, cancellationToken);
            var advocates = await scope.Session.Advocacy.AdvocatesAsync(scope.Workspace, cancellationToken);
            var ledger = new RewardLedger(scope.Workspace.Currency, programs, advocates, [.. rewards.OrderByDescending(r => r.Id).Take(50)]);
            var customers = await scope.Session.Advocacy.ReadCustomersAsync(scope.Workspace, scope.Time.GetUtcNow(), cancellationToken);
            var rates = await scope.Session.CostSetup.CurrencyRatesAsync(scope.Workspace, cancellationToken);
            var candidates = AdvocateCandidates.Score(customers, scope.Time.GetUtcNow(), new Core.Money.CurrencyConverter(scope.Workspace.Currency, rates)).Take(25).ToList();
            var handle = await scope.Session.Advocacy.HandleAsync(scope.Workspace, cancellationToken);
            var rows = report.Rows.Where(r => r.FriendsReached > 0 || r.Advocate.Followers > 0).ToList();
            ChartLine[] chart =
            [
                new("Friends reached", [.. rows.Select(r => (double?)r.FriendsReached)]),
                new("Friends who became customers", [.. rows.Select(r => (double?)r.Customers)]),
            ];
            var costTotal = rewards.Where(r => r.IsCost).Sum(r => r.Amount);
            var rewardsTable = AdvocacyOutput.Rewards(ledger) with
            {
                Title = "Reward ledger (newest 50, newest first)",
                Footer = new TableRow([null, null, "Cost of every reward not voided", null, null, null, null, new PriceCell(costTotal, scope.Workspace.Currency), scope.Workspace.Currency, null, null]),
            };
            var findings = AdvocacyFindings.Of(report);
            var results = AdvocacyOutput.Results(report);
            return new AdvocatesModel(
                report,
                findings,
                [.. rows.Select(r => r.Advocate.Followers is { } f ? $"{r.Advocate.Code} ({f.ToString("N0", scope.Workspace.Culture)} followers)" : r.Advocate.Code)],
                chart,
                [results with { Notes = [.. results.Notes.Skip(findings.Count)] }, AdvocacyOutput.Exchange(report), rewardsTable, AdvocacyOutput.Candidates(candidates, scope.Workspace.Currency) with { Title = "Candidates to invite (top 25)" }, AdvocacyOutput.Programs(programs)],
                handle,
                programs);
        }
        catch (RequestException ex)
        {
            return new AdvocatesModel(null, [], [], [], [], null, []) { Error = ex.Message };
        }
    }
}
