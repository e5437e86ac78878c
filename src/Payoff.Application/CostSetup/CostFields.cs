using System.Globalization;
using Payoff.Application.Requests;
using Payoff.Core.Costs;
using Payoff.Import.Native;

namespace Payoff.Application.CostSetup;

/// <summary>The fields the cost setup requests share — amounts, currencies, day patterns, months — each read one way with one sentence.</summary>
internal static class CostFields
{
    /// <summary>The amount in <paramref name="field"/>; <paramref name="what"/> says what it is when it is missing.</summary>
    /// <exception cref="RequestException">Missing or not a number.</exception>
    public static decimal Amount(RequestValues values, string field, string what) =>
        Fields.Amount(values, field) ?? throw new RequestException(field, $"{values.Name(field)} is required: {what}.");

    /// <summary>The ISO 4217 code in <paramref name="field"/> (upper case), else <paramref name="fallback"/>.</summary>
    /// <exception cref="RequestException">The code is not a currency in use (<see cref="FieldParser.TryParseCurrency"/>), or missing without a fallback.</exception>
    public static string Currency(RequestValues values, string field, string? fallback)
    {
        var text = values.Get(field) ?? fallback ?? throw new RequestException(field, $"{values.Name(field)} is required: an ISO 4217 code such as EUR.");
        return FieldParser.TryParseCurrency(text, out var code, out var error) ? code : throw new RequestException(field, $"{values.Name(field)}: {error}");
    }

    /// <summary>The day pattern in <paramref name="field"/> (default weekdays).</summary>
    /// <exception cref="RequestException">Not weekdays, daily, weekends or a list of days.</exception>
    public static DayPattern Days(RequestValues values, string field)
    {
        var text = values.Get(field) ?? "weekdays";
        return DayPattern.TryParse(text, out var pattern)
            ? pattern!
            : throw new RequestException(field, $"{values.Name(field)} '{Text.Visible(text)}' is not weekdays, daily, weekends or a list like mon,wed,fri.");
    }

    /// <summary>
    /// The first day of the month in <paramref name="field"/>: a month (<c>yyyy-MM</c>, <see cref="ReportPeriod.Month"/>) or a day of it
    /// (<c>yyyy-MM-dd</c>, <see cref="ReportPeriod.Day"/>); null when absent.
    /// </summary>
    /// <exception cref="RequestException">Neither, or outside the day limits.</exception>
    public static DateOnly? Month(RequestValues values, string field)
    {
        if (values.Get(field) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            var day = ReportPeriod.Day(values, field, text);
            return new DateOnly(day.Year, day.Month, 1);
        }

        return ReportPeriod.Month(values, field, text);
    }

    /// <summary>The whole number in <paramref name="field"/>, or null when absent.</summary>
    /// <exception cref="RequestException">Not a whole number.</exception>
    public static int? Whole(RequestValues values, string field) =>
        values.Get(field) is null ? null : RequestNumber.Whole(values, field, 0);

    /// <summary>Refuses <paramref name="last"/> before <paramref name="first"/>: "--to is before --from."</summary>
    /// <exception cref="RequestException">It is.</exception>
    public static void InOrder(RequestValues values, DateOnly first, DateOnly? last)
    {
        if (last < first)
        {
            throw new RequestException("to", $"{values.Name("to")} is before {values.Name("from")}.");
        }
    }

    /// <summary>The person in <paramref name="values"/>' <c>person</c> field, trimmed; empty for everyone.</summary>
    public static string Person(RequestValues values) => values.Get("person") ?? string.Empty;
}
