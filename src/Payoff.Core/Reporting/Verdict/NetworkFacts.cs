using Payoff.Core.Goals;
using Payoff.Core.Ledger;

namespace Payoff.Core.Reporting.Verdict;

/// <summary>What the verdict rules look at for one network.</summary>
/// <param name="Network">The network.</param>
/// <param name="Totals">Its totals over the period.</param>
/// <param name="Workspace">The workspace's totals over the period.</param>
/// <param name="ReachShare">Its share of the workspace's social reach (null without reach data).</param>
/// <param name="MonthlySessions">Its sessions per month of the period, oldest first.</param>
/// <param name="MonthlyContacts">Its contacts per month, oldest first.</param>
/// <param name="Campaigns">Its campaigns.</param>
/// <param name="Goals">Its goals' standings.</param>
public sealed record NetworkFacts(
    string Network,
    LedgerTotals Totals,
    LedgerTotals Workspace,
    double? ReachShare,
    IReadOnlyList<long> MonthlySessions,
    IReadOnlyList<long> MonthlyContacts,
    IReadOnlyList<CampaignResult> Campaigns,
    IReadOnlyList<GoalProgress> Goals)
{
    /// <summary>The rest of the workspace: its totals less this network's.</summary>
    public (long Sessions, long Contacts, long Customers) Rest => (Workspace.Sessions - Totals.Sessions, Workspace.Contacts - Totals.Contacts, Workspace.Customers - Totals.Customers);

    /// <summary>Its share of the workspace's sessions.</summary>
    public double SessionShare => Workspace.Sessions == 0 ? 0 : (double)Totals.Sessions / Workspace.Sessions;

    /// <summary>Its share of the workspace's contacts.</summary>
    public double ContactShare => Workspace.Contacts == 0 ? 0 : (double)Totals.Contacts / Workspace.Contacts;

    /// <summary>Its share of the workspace's customers.</summary>
    public double CustomerShare => Workspace.Customers == 0 ? 0 : (double)Totals.Customers / Workspace.Customers;
}
