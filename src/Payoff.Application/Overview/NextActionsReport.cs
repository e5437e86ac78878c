using Payoff.Core.Reporting.Verdict;

namespace Payoff.Application.Overview;

/// <summary>"What to do now" and what it was drawn from.</summary>
/// <param name="Period">The whole months the verdict judged.</param>
/// <param name="Currency">The workspace currency (ISO 4217) of every amount.</param>
/// <param name="Today">The workspace's day the goals were tracked at (days left count from it).</param>
/// <param name="Actions">The ranked lines (<see cref="NextActions"/>), at most <see cref="NextActions.Max"/>.</param>
public sealed record NextActionsReport(VerdictPeriod Period, string Currency, DateOnly Today, IReadOnlyList<NextAction> Actions);
