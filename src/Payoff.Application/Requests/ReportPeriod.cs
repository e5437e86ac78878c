using System.Globalization;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Requests;

/// <summary>
/// The days a report covers, from its <c>from</c>/<c>to</c> fields: the one parser and the one default of
/// every report on every surface. By default the <see cref="DefaultDays"/> days ending today in the
/// workspace's time zone; <c>from</c> alone runs to today, <c>to</c> alone starts 29 days before it.
/// </summary>
public static class ReportPeriod
{
    /// <summary>The length of a report period when <c>from</c> is not given: 30 days.</summary>
    public const int DefaultDays = 30;

    /// <summary>The period of <paramref name="values"/>' <c>from</c> and <c>to</c> fields.</summary>
    /// <exception cref="RequestException">A day is not <c>yyyy-MM-dd</c>, lies outside <see cref="DayLimits"/>, or <c>from</c> is after <c>to</c>.</exception>
    public static DateRange Parse(RequestValues values, Workspace workspace, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(time);
        var to = values.Get("to") is { } t ? Day(values, "to", t) : workspace.Calendar.Today(time);
        var from = values.Get("from") is { } f ? Day(values, "from", f) : to.AddDays(1 - DefaultDays);
        return from > to
            ? throw new RequestException("from", string.Create(CultureInfo.InvariantCulture, $"{values.Name("from")} ({from:yyyy-MM-dd}) is after {values.Name("to")} ({to:yyyy-MM-dd})."))
            : new DateRange(from, to);
    }

    /// <summary>
    /// Parses a <c>yyyy-MM-dd</c> field: the one day parser of every request. A day outside
    /// <see cref="DayLimits"/> is refused, so no report's arithmetic leaves the calendar (issue 13, §3.7).
    /// </summary>
    /// <exception cref="RequestException">The text is not a day, or the day lies outside <see cref="DayLimits"/>; the message names the field.</exception>
    public static DateOnly Day(RequestValues values, string field, string text)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(text);
        var name = values.Name(field);
        var day = DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : throw new RequestException(field, $"{name} '{Text.Visible(text)}' is not a date; use yyyy-MM-dd, e.g. 2025-03-01.");
        return DayLimits.Problem(name, day) is { } problem ? throw new RequestException(field, problem) : day;
    }

    /// <summary>Parses a <c>yyyy-MM</c> field to the month's first day, within <see cref="DayLimits"/>.</summary>
    /// <exception cref="RequestException">The text is not a month, or the month lies outside <see cref="DayLimits"/>.</exception>
    public static DateOnly Month(RequestValues values, string field, string text)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(text);
        var name = values.Name(field);
        var month = DateOnly.TryParseExact(text.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            ? first
            : throw new RequestException(field, $"{name} '{Text.Visible(text)}' is not a month; use yyyy-MM, e.g. 2026-05.");
        return DayLimits.Contains(month)
            ? month
            : throw new RequestException(field, string.Create(CultureInfo.InvariantCulture, $"{name} ({month:yyyy-MM}) must be a month from {DayLimits.Earliest:yyyy-MM} to {DayLimits.Latest:yyyy-MM}."));
    }
}
