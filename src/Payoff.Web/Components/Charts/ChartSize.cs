using System.Globalization;

namespace Payoff.Web.Components.Charts;

/// <summary>Chart heights that grow with what they show.</summary>
public static class ChartSize
{
    /// <summary>
    /// The CSS height of a horizontal bar chart with <paramref name="categories"/> rows of <paramref name="series"/>
    /// bars each: 12 px a bar and 14 px between rows, plus 90 px for the axis and legend, at least 240 px.
    /// </summary>
    public static string Bars(int categories, int series) =>
        Math.Max(240, (categories * ((Math.Max(series, 1) * 12) + 14)) + 90).ToString(CultureInfo.InvariantCulture) + "px";
}
