using System.Globalization;

namespace Payoff.Import.Platforms;

/// <summary>
/// Reads the shares audience exports write as text: <c>12.5%</c>, <c>12,5 %</c> (a decimal comma, a no-break space) or
/// the fraction <c>0.125</c>. "No value" words (<c>--</c>, <c>-</c>, empty, <c>N/A</c>) are null.
/// </summary>
public static class PlatformShare
{
    /// <summary>
    /// A share as a fraction: a number with <c>%</c> is a percentage (decimal point or comma), one without is a fraction
    /// between 0 and 1; null for "no value". False for anything else, including a bare number above 1 (is it 41 % or 41
    /// people? the file must say).
    /// </summary>
    public static bool TryParse(string? text, out decimal? share)
    {
        share = null;
        var t = (text ?? string.Empty).Replace("\u00A0", string.Empty, StringComparison.Ordinal).Replace("\u202F", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal).Trim();
        if (t.Length == 0 || t is "--" or "-" || t.Equals("n/a", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var percent = t.EndsWith('%');
        t = t.TrimEnd('%');
        if (t.Contains(',', StringComparison.Ordinal) && !t.Contains('.', StringComparison.Ordinal))
        {
            t = t.Replace(',', '.');
        }

        if (!decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        var fraction = percent ? number / 100m : number;
        if (fraction > 1m)
        {
            return false;
        }

        share = fraction;
        return true;
    }
}
