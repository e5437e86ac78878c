using System.Globalization;

namespace Payoff.Import.Platforms;

/// <summary>
/// Reads the numbers platform exports write: <c>1,500</c>, <c>1 234</c> (with a no-break space),
/// <c>1.2K</c>, <c>3M</c>, <c>$172.45</c>, <c>10.00%</c> (the fraction 0.1); and the ways they say "no value": empty, <c>--</c>,
/// <c>-</c>, <c>undefined</c>, <c>N/A</c> (null, never zero).
/// </summary>
public static class PlatformNumber
{
    /// <summary>A whole count, null for "no value"; false when the text is not a count.</summary>
    public static bool TryParseCount(string? text, out long? value)
    {
        value = null;
        if (!TryParse(text, out var number))
        {
            return false;
        }

        if (number is null)
        {
            return true;
        }

        var rounded = decimal.Round(number.Value);
        if (rounded < long.MinValue || rounded > long.MaxValue)
        {
            return false;
        }

        value = (long)rounded;
        return true;
    }

    /// <summary>A number, null for "no value"; false when the text is not a number.</summary>
    public static bool TryParse(string? text, out decimal? value)
    {
        value = null;
        var t = (text ?? string.Empty).Trim().Replace("\u00A0", string.Empty, StringComparison.Ordinal).Replace("\u202F", string.Empty, StringComparison.Ordinal);
        if (t.Length == 0 || t is "--" or "-" || t.Equals("undefined", StringComparison.OrdinalIgnoreCase) || t.Equals("n/a", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        t = t.TrimStart('$', '€', '£').Replace(" ", string.Empty, StringComparison.Ordinal);
        var multiplier = 1m;
        if (t.Length > 1 && t[^1] == '%')
        {
            // "10.00%" is the fraction 0.1, as the same column elsewhere writes it.
            multiplier = 0.01m;
            t = t[..^1];
        }
        else if (t.Length > 1 && char.ToUpperInvariant(t[^1]) is 'K' or 'M' or 'B')
        {
            multiplier = char.ToUpperInvariant(t[^1]) switch { 'K' => 1_000m, 'M' => 1_000_000m, _ => 1_000_000_000m };
            t = t[..^1];
        }

        if (decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var number))
        {
            // 1.2K is 1200, not 1200.0: dividing by one with many zeros drops the trailing zeros of the scale.
            value = multiplier == 1m ? number : number * multiplier / 1.000000000000000000000000000000000m;
            return true;
        }

        return false;
    }
}
