namespace Payoff.Application.Tables;

/// <summary>How a table column's values are shown and exported: text stays text, numbers stay numbers.</summary>
public enum CellKind
{
    /// <summary>Untrusted text (names from imports or visitors): escaped on the page, neutralised in exports.</summary>
    Text,

    /// <summary>A whole number.</summary>
    Count,

    /// <summary>A number with up to two decimals.</summary>
    Number,

    /// <summary>An amount in its column's currency, with that currency's minor unit of decimals (<see cref="TableColumn.Currency"/>).</summary>
    Money,

    /// <summary>A ratio shown as a percentage (0.25 is 25%); exported as the ratio.</summary>
    Percent,

    /// <summary>
    /// A change from a comparison period (<see cref="Core.Reporting.Change"/>, Payoff's one comparison rule):
    /// shown as <c>+12.3 %</c>, <c>new</c> or <c>—</c>; exported as the fraction (0.123), empty when there is no percentage.
    /// </summary>
    Change,
}
