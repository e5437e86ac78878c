namespace Payoff.Core.Reporting.Verdict;

/// <summary>The verdict report: one verdict per network over the period.</summary>
/// <param name="Range">The period (whole months).</param>
/// <param name="Currency">The workspace currency.</param>
/// <param name="Networks">The verdicts, biggest network first.</param>
/// <param name="Warnings">Amounts left out and why.</param>
public sealed record VerdictReport(DateRange Range, string Currency, IReadOnlyList<NetworkVerdict> Networks, IReadOnlyList<string> Warnings);
