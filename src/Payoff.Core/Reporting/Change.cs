using System.Globalization;

namespace Payoff.Core.Reporting;

/// <summary>
/// A figure's change from a comparison period to the report's period, under Payoff's one comparison
/// rule (docs/METRICS.md, "Comparisons"), used by the CLI, the API and every page:
/// <list type="number">
/// <item>the comparison period must have data on most of its days (<see cref="Coverage.IsEnough"/>)
/// and a non-zero value: then the change is a percentage, (current − previous) ÷ previous;</item>
/// <item>otherwise it is "new" when the report's period has something, and "—" when it has nothing.</item>
/// </list>
/// So a period after a workspace's first week never shows "+954345 %" against the few days before it.
/// </summary>
/// <param name="Kind">Whether it is a percentage, "new" or "—".</param>
/// <param name="Fraction">The relative change as a fraction (0.25 is +25 %) when <paramref name="Kind"/> is <see cref="ChangeKind.Compared"/>; otherwise null.</param>
/// <param name="Reason">Why there is no percentage, for people (null when there is one).</param>
public sealed record Change(ChangeKind Kind, decimal? Fraction, string? Reason)
{
    /// <summary>The change of a count or an amount from <paramref name="previous"/> to <paramref name="current"/>.</summary>
    /// <param name="current">The report period's value; null when it has none (a rate of nothing).</param>
    /// <param name="previous">The comparison period's value; null when it has none.</param>
    /// <param name="coverage">The comparison period's days with data.</param>
    public static Change Of(decimal? current, decimal? previous, Coverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        var now = current is { } c && c != 0;
        if (!coverage.IsEnough)
        {
            var why = string.Create(CultureInfo.InvariantCulture, $"The comparison period has data on {coverage.DaysWithData} of its {coverage.Days} days; a change needs data on more than half of them.");
            return new Change(now ? ChangeKind.New : ChangeKind.None, null, why);
        }

        if (previous is null || previous == 0 || current is null)
        {
            var why = current is null || previous is null ? "There is no value to compare on one side." : now ? "Nothing in the comparison period." : "Nothing in either period.";
            return new Change(now ? ChangeKind.New : ChangeKind.None, null, why);
        }

        return new Change(ChangeKind.Compared, (current.Value - previous.Value) / previous.Value, null);
    }

    /// <summary>
    /// Whether the change is good news for a metric where <paramref name="higherIsBetter"/> (false for
    /// costs, cost per lead and CAC: less is good): null when it is not a percentage or is zero.
    /// </summary>
    public bool? IsGood(bool higherIsBetter) =>
        Kind != ChangeKind.Compared || Fraction is not { } f || f == 0 ? null : f > 0 == higherIsBetter;

    /// <summary>The change for people: <c>+12.3 %</c> (one decimal, rounded half away from zero), <c>new</c>, or <c>—</c>.</summary>
    public override string ToString() => TextIn(CultureInfo.InvariantCulture);

    /// <summary>The change as a person reads it in <paramref name="provider"/>'s number format (<c>+12,3 %</c> in pl-PL).</summary>
    public string TextIn(IFormatProvider? provider) => Kind switch
    {
        ChangeKind.Compared => (Math.Round(Fraction!.Value * 100, 1, MidpointRounding.AwayFromZero)).ToString("+0.0;-0.0;0.0", provider ?? CultureInfo.InvariantCulture) + " %",
        ChangeKind.New => "new",
        _ => "—",
    };
}
