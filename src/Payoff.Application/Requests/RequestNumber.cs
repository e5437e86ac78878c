using System.Globalization;

namespace Payoff.Application.Requests;

/// <summary>The number fields of a request: the one parser of whole numbers and of decimal numbers, with the one message.</summary>
public static class RequestNumber
{
    /// <summary>The whole number in <paramref name="field"/>, or <paramref name="fallback"/> when it is absent.</summary>
    /// <exception cref="RequestException">The value is not a whole number (invariant culture, e.g. <c>90</c>).</exception>
    public static int Whole(RequestValues values, string field, int fallback)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Get(field) is not { } text
            ? fallback
            : int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new RequestException(field, $"{values.Name(field)} must be a whole number, not '{Text.Visible(text)}'.");
    }

    /// <summary>The number in <paramref name="field"/> (a decimal point, no thousands separators), or <paramref name="fallback"/> when it is absent.</summary>
    /// <exception cref="RequestException">The value is not a finite number (invariant culture, e.g. <c>3.5</c>).</exception>
    public static double Number(RequestValues values, string field, double fallback)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Get(field) is not { } text
            ? fallback
            : double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
                ? value
                : throw new RequestException(field, $"{values.Name(field)} must be a number, not '{Text.Visible(text)}'.");
    }
}
