using System.Globalization;
using System.Text.RegularExpressions;
using Payoff.Core.Workspaces;

namespace Payoff.Import.Native;

/// <summary>Strict, culture-invariant parsing of the fields of Payoff's native files.</summary>
public static partial class FieldParser
{
    /// <summary>The longest URL or referrer accepted.</summary>
    public const int MaxUrlLength = 8192;

    /// <summary>The longest id (event, visitor, contact) accepted.</summary>
    public const int MaxIdLength = 256;

    /// <summary>
    /// Parses an ISO 8601 instant: <c>2025-03-01T10:15:00Z</c>, <c>2025-03-01 10:15:00+01:00</c>,
    /// fractions of a second allowed. With no offset it is UTC. A date alone
    /// (<c>2025-03-01</c>) is the start of that day in the workspace's time zone.
    /// </summary>
    public static bool TryParseInstant(string text, WorkspaceCalendar calendar, out DateTimeOffset instant, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(calendar);
        instant = default;
        var match = IsoInstant().Match(text);
        if (!match.Success)
        {
            error = $"'{Clip(text)}' is not an ISO 8601 date or time (expected e.g. 2025-03-01T10:15:00Z).";
            return false;
        }

        if (!DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            error = $"'{Clip(text)}' is not a real calendar date.";
            return false;
        }

        if (!match.Groups["time"].Success)
        {
            instant = calendar.StartOfDay(date);
            error = string.Empty;
            return true;
        }

        var styles = DateTimeStyles.AdjustToUniversal | (match.Groups["offset"].Success ? DateTimeStyles.None : DateTimeStyles.AssumeUniversal);
        var normalized = text.Replace(' ', 'T');
        if (!DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture, styles, out instant))
        {
            error = $"'{Clip(text)}' is not a valid time of day.";
            return false;
        }

        error = string.Empty;
        return true;
    }

    /// <summary>Parses a decimal with a dot as the decimal separator and no thousands separators.</summary>
    public static bool TryParseDecimal(string text, out decimal value, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            error = string.Empty;
            return true;
        }

        error = text.Contains(',', StringComparison.Ordinal)
            ? $"'{Clip(text)}' is not a number: use a dot as the decimal separator and no thousands separators (1234.50)."
            : $"'{Clip(text)}' is not a number.";
        return false;
    }

    /// <summary>Parses a whole, non-negative count (<c>12</c>; <c>12.0</c> is accepted).</summary>
    public static bool TryParseCount(string text, out long value, out string error)
    {
        value = 0;
        if (!TryParseDecimal(text, out var number, out error))
        {
            return false;
        }

        if (number < 0 || number != decimal.Truncate(number) || number > long.MaxValue)
        {
            error = $"'{Clip(text)}' is not a whole number of zero or more.";
            return false;
        }

        value = (long)number;
        return true;
    }

    /// <summary>Parses an ISO 4217 code (three letters), returned upper-case.</summary>
    public static bool TryParseCurrency(string text, out string currency, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        currency = text.Trim().ToUpperInvariant();
        if (currency.Length == 3 && currency.All(char.IsAsciiLetterUpper))
        {
            error = string.Empty;
            return true;
        }

        error = $"'{Clip(text)}' is not a currency code (three letters, e.g. USD).";
        return false;
    }

    /// <summary>Accepts an absolute <c>http</c>/<c>https</c> URL (or, when <paramref name="allowApp"/>, any absolute URI such as <c>android-app://…</c>).</summary>
    public static bool TryParseUrl(string text, bool allowApp, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxUrlLength)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"the URL is {text.Length} characters long; at most {MaxUrlLength} are accepted.");
            return false;
        }

        if (text.Any(char.IsControl))
        {
            error = "the URL contains control characters (line breaks, tabs).";
            return false;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && (uri.Scheme is "http" or "https" || (allowApp && uri.Scheme is not ("javascript" or "data" or "vbscript" or "file"))))
        {
            error = string.Empty;
            return true;
        }

        error = $"'{Clip(text)}' is not an absolute {(allowApp ? "URL" : "http(s) URL")}.";
        return false;
    }

    /// <summary>Parses a calendar day written <c>yyyy-MM-dd</c>.</summary>
    public static bool TryParseDate(string text, out DateOnly date, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            error = string.Empty;
            return true;
        }

        error = $"'{Clip(text)}' is not a date written yyyy-MM-dd.";
        return false;
    }

    /// <summary>Shortens a value for an error message.</summary>
    public static string Clip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= 60 ? text : text[..57] + "...";
    }

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})(?<time>[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(?<offset>Z|z|[+-]\d{2}(:?\d{2})?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoInstant();
}
