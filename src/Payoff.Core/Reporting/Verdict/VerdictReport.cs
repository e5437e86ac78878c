using Payoff.Core.Workspaces;

namespace Payoff.Core.Reporting.Verdict;

/// <summary>The verdict report: one verdict per social network over the judged whole months.</summary>
/// <param name="Period">The judged whole months, and why these when they differ from the ones asked for.</param>
/// <param name="Currency">The workspace currency.</param>
/// <param name="Networks">The verdicts, biggest network first.</param>
/// <param name="Warnings">Amounts left out and why.</param>
public sealed record VerdictReport(VerdictPeriod Period, string Currency, IReadOnlyList<NetworkVerdict> Networks, IReadOnlyList<string> Warnings)
{
    /// <summary>The judged days (<see cref="VerdictPeriod.Range"/>).</summary>
    public DateRange Range => Period.Range;
}
