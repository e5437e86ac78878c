namespace Payoff.Web.Components.Charts;

/// <summary>One named series of a dashboard chart: one value per x-axis label.</summary>
/// <param name="Name">The legend label (untrusted text: shown only as text, never as markup).</param>
/// <param name="Values">The values, in label order; null where the series has no point.</param>
public sealed record ChartLine(string Name, IReadOnlyList<double?> Values)
{
    /// <summary>
    /// The value axis the series is read against: counts of a different magnitude (contacts beside sessions,
    /// revenue beside counts) go on the right axis so they do not lie flat near zero.
    /// </summary>
    public ChartAxis Axis { get; init; } = ChartAxis.Left;

    /// <summary>How the series is drawn: a solid line or bar, dashed or dotted (plan, target), or one edge of an interval drawn as a band.</summary>
    public ChartStroke Stroke { get; init; } = ChartStroke.Solid;

    /// <summary>
    /// The .NET number format of the values as shown in the tooltip and the data table (in the page's culture,
    /// the workspace's locale); null: whole numbers with thousands separators, otherwise up to two decimals.
    /// </summary>
    public string? Format { get; init; }

    /// <summary>
    /// The text shown for each value (tooltip and table), in label order; null takes <see cref="Values"/>
    /// in <see cref="Format"/>. Lets a point carry more than its number, e.g. "12 (8.1 % of visits)".
    /// </summary>
    public IReadOnlyList<string?>? Texts { get; init; }

    /// <summary>The text of the value at <paramref name="index"/>: <see cref="Texts"/>, else the value formatted in <paramref name="culture"/>; "—" where there is none.</summary>
    public string Text(int index, IFormatProvider culture)
    {
        if (Texts is { } texts && index < texts.Count && texts[index] is { } text)
        {
            return text;
        }

        if (index >= Values.Count || Values[index] is not { } value)
        {
            return "—";
        }

        var format = Format ?? (value == Math.Round(value) ? "#,##0" : "#,##0.##");
        return value.ToString(format, culture);
    }
}
