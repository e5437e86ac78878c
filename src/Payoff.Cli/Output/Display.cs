using System.Globalization;
using Spectre.Console;

namespace Payoff.Cli.Output;

/// <summary>Formats numbers for people in tables (invariant culture, so output is the same everywhere).</summary>
public static class Display
{
    /// <summary>A count with thousands separators.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Money in <paramref name="currency"/>'s own minor unit (<c>1,000</c> JPY, <c>1,000.00</c> EUR, <c>1,000.000</c> KWD), with thousands separators.</summary>
    public static string Money(decimal value, string currency) => Payoff.Core.Money.Currencies.Format(value, currency);

    /// <summary>
    /// A price a person set (an hourly rate, an assigned value) as written: at least <paramref name="currency"/>'s
    /// decimals, more when the price has them (<c>12.50</c> EUR, <c>1,500</c> JPY, <c>0.125</c> EUR), never rounded.
    /// </summary>
    public static string Price(decimal value, string currency) => Payoff.Core.Money.Currencies.FormatPrice(value, currency);

    /// <summary>A rate as a percentage with two decimals, or an em dash when there is none.</summary>
    public static string Percent(decimal? value) =>
        value is null ? "—" : (value.Value * 100).ToString("0.00", CultureInfo.InvariantCulture) + " %";

    /// <summary>
    /// A change under the comparison rule (<see cref="Core.Reporting.Change"/>): a signed percentage,
    /// green when it is good news for the metric and red when bad (so a lower cost is green); "new" or
    /// an em dash when there is no percentage.
    /// </summary>
    public static string Change(Core.Reporting.Change change, bool higherIsBetter = true)
    {
        ArgumentNullException.ThrowIfNull(change);
        var text = change.ToString();
        return change.IsGood(higherIsBetter) switch
        {
            true => $"[green]{text}[/]",
            false => $"[red]{text}[/]",
            _ => change.Kind == Core.Reporting.ChangeKind.Compared ? text : $"[grey]{text}[/]",
        };
    }

    /// <summary>
    /// The end of a comparison's footnote: "." when the comparison period has data on most of its days,
    /// otherwise why its changes read "new" or "—".
    /// </summary>
    public static string Coverage(Core.Reporting.Coverage coverage) => Application.Tables.ComparisonNote.Ending(coverage);

    /// <summary>A report's title line: its name, the workspace, the period and what else was asked (<c>ROI · shop · 2025-07-01 to 2025-07-31 · by network</c>).</summary>
    public static string Title(string report, string workspace, Core.Workspaces.DateRange range, params string?[] details)
    {
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(details);
        var parts = new[] { report, Text(workspace), string.Create(CultureInfo.InvariantCulture, $"{range.From:yyyy-MM-dd} to {range.To:yyyy-MM-dd}") }
            .Concat(details.Where(d => !string.IsNullOrEmpty(d)).Select(d => d!));
        return string.Join(" · ", parts);
    }
    /// <summary>Untrusted text (campaign names, URLs) made safe for Spectre markup, its control characters shown as <see cref="Visible"/> does.</summary>
    public static string Text(string? value) => Markup.Escape(Visible(value));

    /// <summary>
    /// Untrusted text with every control character (NUL, ESC, a line break, U+0080–U+009F) written as a
    /// visible escape such as <c>\u001B</c>, so a terminal never receives raw control bytes from data
    /// (issue 13, §3.7: <c>classify</c> wrote NUL and ESC to the terminal).
    /// </summary>
    public static string Visible(string? value) => Application.Requests.Text.Visible(value);
}
