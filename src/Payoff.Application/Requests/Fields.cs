using System.Globalization;

namespace Payoff.Application.Requests;

/// <summary>The one parser of the plain fields of a write request (amounts, counts): the same rules and messages on every surface.</summary>
public static class Fields
{
    /// <summary>
    /// The decimal of <paramref name="field"/> written with a point (<c>1234.5</c>, <c>-3</c>), or null when absent.
    /// </summary>
    /// <exception cref="RequestException">The value is not such a number; the message names the field.</exception>
    public static decimal? Amount(RequestValues values, string field)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Get(field) is not { } text
            ? null
            : decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new RequestException(field, $"{values.Name(field)} '{Text.Visible(text)}' is not a number; write it with a point, e.g. 1234.5.");
    }

    /// <summary>The day of <paramref name="field"/> (<see cref="ReportPeriod.Day"/>), or null when absent.</summary>
    /// <exception cref="RequestException">The value is not a day within the limits.</exception>
    public static DateOnly? Day(RequestValues values, string field)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Get(field) is { } text ? ReportPeriod.Day(values, field, text) : null;
    }

    /// <summary>A decimal as a request value (invariant), or null.</summary>
    public static string? Of(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);
}
