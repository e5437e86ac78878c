using System.Globalization;

namespace Payoff.Import.Platforms;

/// <summary>
/// Reads amounts in the two notations exports use: <c>1,234.56</c> (comma-separated files) and
/// <c>1 234,56</c> / <c>1.234,56</c> (semicolon-separated files of decimal-comma locales).
/// "No value" words are null, as in <see cref="PlatformNumber"/>.
/// </summary>
public static class PlatformDecimals
{
    /// <summary>An amount, null for "no value"; false when the text is not one.</summary>
    public static bool TryParse(string? text, bool decimalComma, out decimal? value)
    {
        if (!decimalComma)
        {
            return PlatformNumber.TryParse(text, out value);
        }

        value = null;
        var t = (text ?? string.Empty).Trim();
        if (t.Length == 0 || t is "--" or "-")
        {
            return true;
        }

        t = t.Replace("\u00A0", string.Empty, StringComparison.Ordinal).Replace("\u202F", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.').TrimStart('$', '€', '£').TrimEnd('€', 'z', 'ł').Trim();
        if (decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
            return true;
        }

        return false;
    }
}
