using System.Text.Json.Serialization;
using Payoff.Core.Goals;
using Payoff.Core.Ledger;

namespace Payoff.Core.Reporting.Verdict;

/// <summary>What the verdict rules look at for one network, over the judged whole months.</summary>
/// <param name="Network">The network.</param>
/// <param name="Totals">Its totals over the period.</param>
/// <param name="Workspace">The workspace's totals over the period (every network and channel).</param>
/// <param name="Social">The totals of every social network together: the ROI an underperformer is below.</param>
/// <param name="OthersCostPerLead">The other social networks' cost per lead (their cost ÷ their contacts, those with both), or null when none has both.</param>
/// <param name="ReachShare">Its share of the workspace's social reach, or null when no reach was imported for it.</param>
/// <param name="FirstDay">Its first day of web data (never before the workspace's), or null when it has none.</param>
/// <param name="Months">Each judged month, oldest first.</param>
/// <param name="Weeks">Its covered weeks in the period, oldest first.</param>
/// <param name="Campaigns">Its campaigns.</param>
/// <param name="Goals">Its goals' standings.</param>
public sealed record NetworkFacts(
    string Network,
    LedgerTotals Totals,
    LedgerTotals Workspace,
    LedgerTotals Social,
    decimal? OthersCostPerLead,
    double? ReachShare,
    DateOnly? FirstDay,
    IReadOnlyList<MonthFacts> Months,
    IReadOnlyList<WeekCounts> Weeks,
    IReadOnlyList<CampaignResult> Campaigns,
    IReadOnlyList<GoalProgress> Goals)
{
    /// <summary>
    /// Its conversations' negative share in the judged period's last month against the months before it in the period
    /// (<see cref="Conversations.ConversationDays"/>), or null without scored messages in both; the reasons name a
    /// significant rise. In the report's JSON as <c>conversations</c>: <c>now</c> and <c>before</c> (negative and scored
    /// counts with the share's 95 % Wilson interval), <c>p_value</c> (Holm-adjusted) and <c>rose</c>.
    /// </summary>
    public NegativeShift? Conversations { get; init; }

    /// <summary>The content experiments tried on it (<see cref="ContentEvidence.TriedOn"/>), oldest first; its reasons name them (not in the report's JSON: <c>/api/experiments</c> has them whole).</summary>
    [JsonIgnore]
    public IReadOnlyList<Content.ExperimentResult> Tried { get; init; } = [];

    /// <summary>The most promising experiment to run on it (<see cref="ContentEvidence.PromisingOn"/>), or null; its experiments name it (not in the report's JSON).</summary>
    [JsonIgnore]
    public Content.ContentComparison? Promising { get; init; }

    /// <summary>The rest of the workspace: its totals less this network's.</summary>
    public (long Sessions, long Contacts, long Customers) Rest => (Workspace.Sessions - Totals.Sessions, Workspace.Contacts - Totals.Contacts, Workspace.Customers - Totals.Customers);

    /// <summary>Its share of the workspace's sessions (a fraction).</summary>
    public double SessionShare => Workspace.Sessions == 0 ? 0 : (double)Totals.Sessions / Workspace.Sessions;

    /// <summary>Its share of the workspace's contacts (a fraction).</summary>
    public double ContactShare => Workspace.Contacts == 0 ? 0 : (double)Totals.Contacts / Workspace.Contacts;

    /// <summary>Its share of the workspace's customers (a fraction).</summary>
    public double CustomerShare => Workspace.Customers == 0 ? 0 : (double)Totals.Customers / Workspace.Customers;

    /// <summary>The judged months with data for it (see <see cref="MonthFacts.Covered"/>).</summary>
    public int CoveredMonths => Months.Count(m => m.Covered);
}

/// <summary>A negative share now and before, with the two-proportion z-test of the change.</summary>
/// <param name="Now">Negative ÷ scored inbound messages in the last month (95 % Wilson).</param>
/// <param name="Before">The same in the months before it.</param>
/// <param name="PValue">The test's p-value, after Holm's adjustment over the networks of the verdict.</param>
public sealed record NegativeShift(Statistics.WilsonInterval Now, Statistics.WilsonInterval Before, double PValue)
{
    /// <summary>Whether the share rose significantly (p &lt; 0.05).</summary>
    public bool Rose => PValue < 0.05 && Now.Rate > Before.Rate;
}
