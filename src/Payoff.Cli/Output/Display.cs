using System.Globalization;
using Spectre.Console;

namespace Payoff.Cli.Output;

/// <summary>Formats numbers for people in tables (invariant culture, so output is the same everywhere).</summary>
public static class Display
{
    /// <summary>A count with thousands separators.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Money with two decimals and thousands separators.</summary>
    public static string Money(decimal value) => value.ToString("N2", CultureInfo.InvariantCulture);

    /// <summary>Money in <paramref name="currency"/>'s own minor unit (<c>1,000</c> JPY, <c>1,000.00</c> EUR, <c>1,000.000</c> KWD), with thousands separators.</summary>
    public static string Money(decimal value, string currency) => Payoff.Core.Money.Currencies.Format(value, currency);

    /// <summary>A rate as a percentage with two decimals, or an em dash when there is none.</summary>
    public static string Percent(decimal? value) =>
        value is null ? "—" : (value.Value * 100).ToString("0.00", CultureInfo.InvariantCulture) + " %";

    /// <summary>A relative change, signed and coloured, or an em dash.</summary>
    public static string Change(decimal? value)
    {
        if (value is null)
        {
            return "[grey]—[/]";
        }

        var text = (value.Value * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + " %";
        return value > 0 ? $"[green]{text}[/]" : value < 0 ? $"[red]{text}[/]" : text;
    }

    /// <summary>Untrusted text (campaign names, URLs) made safe for Spectre markup.</summary>
    public static string Text(string? value) => Markup.Escape(value ?? string.Empty);
}
