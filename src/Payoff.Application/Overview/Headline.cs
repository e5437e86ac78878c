using System.Globalization;
using Payoff.Core.Goals;
using Payoff.Core.Money;
using Payoff.Core.Reporting;

namespace Payoff.Application.Overview;

/// <summary>A headline card of the overview: the period's figure and its change against the days before.</summary>
/// <param name="Label">The figure's name (with its currency for money).</param>
/// <param name="Metric">The goal catalogue's metric it is (<see cref="GoalMetrics"/>), which says whether more is better.</param>
/// <param name="Value">The period's value.</param>
/// <param name="Currency">The ISO 4217 code of an amount, shown with that currency's minor unit (<see cref="Text"/>); null for a count.</param>
/// <param name="Change">The change under the comparison rule: a percentage, "new" or "—", with the reason.</param>
public sealed record Headline(string Label, string Metric, decimal Value, string? Currency, Change Change)
{
    /// <summary>The value as the card shows it: an amount in its currency's minor unit (<c>1,235</c> JPY, <c>1,234.50</c> EUR), a count whole.</summary>
    public string Text => TextIn(CultureInfo.InvariantCulture);

    /// <summary>The value as <see cref="Text"/> writes it, with <paramref name="culture"/>'s separators (a page in the workspace's locale).</summary>
    public string TextIn(IFormatProvider culture) => Currency is { } currency ? Currencies.FormatIn(Value, currency, culture) : Value.ToString("N0", culture);

    /// <summary>"good" or "bad" for a percentage that is good or bad news for the metric (a lower cost is good), else null.</summary>
    public string? Tone => Change.IsGood(GoalMetrics.Find(Metric)?.HigherIsBetter ?? true) switch
    {
        true => "good",
        false => "bad",
        _ => null,
    };
}
