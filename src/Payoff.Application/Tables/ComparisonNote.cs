using System.Globalization;
using Payoff.Core.Reporting;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Tables;

/// <summary>The note under a table with change columns: which period the changes are from, and why they may read "new" or "—".</summary>
public static class ComparisonNote
{
    /// <summary>
    /// <c>Δ: change from 2025-06-01 to 2025-06-30.</c>, or, when the comparison period has data on too few of
    /// its days (<see cref="Coverage.IsEnough"/>), the same with how many days have data and what that means.
    /// </summary>
    public static string Text(DateRange range, Coverage coverage)
    {
        ArgumentNullException.ThrowIfNull(range);
        return string.Create(CultureInfo.InvariantCulture, $"Δ: change from {range.From:yyyy-MM-dd} to {range.To:yyyy-MM-dd}{Ending(coverage)}");
    }

    /// <summary>
    /// The end of the note: "." when the comparison period has data on most of its days, otherwise why its
    /// changes read "new" or "—".
    /// </summary>
    public static string Ending(Coverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        return coverage.IsEnough
            ? "."
            : string.Create(CultureInfo.InvariantCulture, $" — it has data on {coverage.DaysWithData} of its {coverage.Days} days, too few for a percentage, so changes read \"new\" or \"—\".");
    }
}
