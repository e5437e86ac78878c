using System.Globalization;
using Payoff.Core.Money;

namespace Payoff.Application.Tables;

/// <summary>
/// A table cell as a person reads it on a page or in a PDF, in the workspace's locale: the one formatter of the dashboard
/// and every report file, so a figure reads the same on both. Exports (CSV, XLSX, JSON) never use it: they write invariant numbers.
/// </summary>
public static class CellText
{
    /// <summary>
    /// A cell as text in <paramref name="culture"/>: money with its column currency's minor unit (ISO 4217: <c>1,235</c> JPY,
    /// <c>1,234.50</c> EUR, <c>1,234.500</c> KWD in en-US; <c>1 234,50</c> EUR in pl-PL), counts with group separators,
    /// percentages to one decimal, changes as <c>+12.3 %</c>; null as "—".
    /// </summary>
    public static string Show(object? value, TableColumn column, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(culture);
        return value switch
        {
            null => "—",
            string text => text,
            StatusCell status => status.Label,
            PriceCell price => Currencies.FormatPriceIn(price.Value, price.Currency, culture),
            Core.Reporting.Change change => change.TextIn(culture),
            NumberCell number => Show(number.Value, number.Column, culture),
            _ => column.Kind switch
            {
                CellKind.Count => Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString("N0", culture),
                CellKind.Percent => Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString("0.0%", culture),
                CellKind.Money => Currencies.FormatIn(Convert.ToDecimal(value, CultureInfo.InvariantCulture), column.Currency!, culture),
                _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString("#,0.##", culture),
            },
        };
    }
}
