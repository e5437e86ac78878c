using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Publishing;

/// <summary>How often a schedule sends its report.</summary>
public enum ScheduleEvery
{
    /// <summary>Once a week, on <see cref="ScheduleTiming.Day"/> (1 = Monday … 7 = Sunday, ISO 8601).</summary>
    Week,

    /// <summary>Once a month, on day <see cref="ScheduleTiming.Day"/> (1–31; a day past the month's end is its last day, so 31 is always the last).</summary>
    Month,
}

/// <summary>
/// When a schedule is due: a day of the week or month and a local time in the workspace's time zone. A time the clocks
/// skip (spring forward) moves on to the first that exists; a time they show twice (fall back) is its earlier occurrence
/// (<see cref="WorkspaceCalendar.Instant"/>), so every period has exactly one due instant.
/// </summary>
/// <param name="Every">Week or month.</param>
/// <param name="Day">1–7 (Monday–Sunday) for a week; 1–31 for a month (31, or any day past a month's end, is its last day).</param>
/// <param name="Time">The local time of day it is sent (08:00 by default).</param>
public sealed record ScheduleTiming(ScheduleEvery Every, int Day, TimeOnly Time)
{
    /// <summary>What is wrong with the timing (naming <c>day</c>), or null.</summary>
    public string? Problem() => Every switch
    {
        ScheduleEvery.Week when Day is < 1 or > 7 => $"day: {Day} is not a day of the week; use 1 (Monday) to 7 (Sunday).",
        ScheduleEvery.Month when Day is < 1 or > 31 => $"day: {Day} is not a day of the month; use 1 to 31 (31 means the month's last day).",
        _ => null,
    };

    /// <summary>The local day the schedule is due in the week or month that holds <paramref name="day"/>.</summary>
    public DateOnly DueDay(DateOnly day)
    {
        if (Every == ScheduleEvery.Week)
        {
            var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
            return monday.AddDays(Day - 1);
        }

        return new DateOnly(day.Year, day.Month, Math.Min(Day, DateTime.DaysInMonth(day.Year, day.Month)));
    }

    /// <summary>The latest due instant at or before <paramref name="now"/> in <paramref name="calendar"/>'s zone.</summary>
    public DateTimeOffset LastDue(WorkspaceCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var due = DueDay(calendar.DateOf(now));
        var at = calendar.Instant(due, Time);
        return at <= now ? at : calendar.Instant(Previous(due), Time);
    }

    /// <summary>The first due instant after <paramref name="now"/> in <paramref name="calendar"/>'s zone.</summary>
    public DateTimeOffset NextDue(WorkspaceCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var due = DueDay(calendar.DateOf(now));
        var at = calendar.Instant(due, Time);
        return at > now ? at : calendar.Instant(Next(due), Time);
    }

    /// <summary>"every Monday at 08:00", "every month on day 31 (the last day) at 08:00".</summary>
    public override string ToString() => Every == ScheduleEvery.Week
        ? string.Create(CultureInfo.InvariantCulture, $"every {(DayOfWeek)(Day % 7)} at {Time:HH\\:mm}")
        : string.Create(CultureInfo.InvariantCulture, $"every month on day {Day}{(Day >= 29 ? " (or the month's last day)" : "")} at {Time:HH\\:mm}");

    private DateOnly Previous(DateOnly due) => Every == ScheduleEvery.Week ? due.AddDays(-7) : DueDay(new DateOnly(due.Year, due.Month, 1).AddMonths(-1));

    private DateOnly Next(DateOnly due) => Every == ScheduleEvery.Week ? due.AddDays(7) : DueDay(new DateOnly(due.Year, due.Month, 1).AddMonths(1));
}

/// <summary>A scheduled report as it is set up (<c>payoff schedule add</c>).</summary>
/// <param name="Name">Its name, unique in the workspace (1–60 characters: letters, digits, '-', '_').</param>
/// <param name="Template">The template it sends.</param>
/// <param name="Timing">When it is due.</param>
/// <param name="Recipients">1–50 e-mail addresses (plain <c>name@domain</c>, no display names).</param>
/// <param name="AttachCsv">Attach the report's tables as CSV files beside the PDF.</param>
/// <param name="AttachXlsx">Attach the report's tables as one XLSX workbook beside the PDF.</param>
public sealed record ScheduleSpec(string Name, string Template, ScheduleTiming Timing, IReadOnlyList<string> Recipients, bool AttachCsv = false, bool AttachXlsx = false)
{
    /// <summary>The most recipients a schedule or alert sends to: 50.</summary>
    public const int MaxRecipients = 50;

    /// <summary>What is wrong with it (naming <c>name</c>, <c>email</c> or <c>day</c>), or null.</summary>
    public string? Problem()
    {
        if (Name.Length is 0 or > 60 || Name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            return $"name: '{Name}' must be 1–60 letters, digits, '-' or '_'.";
        }

        return Timing.Problem() ?? Addresses.Problem(Recipients);
    }
}

/// <summary>The one check of e-mail addresses a person types (schedules, alerts, share links' notes).</summary>
public static class Addresses
{
    /// <summary>What is wrong with <paramref name="recipients"/> (naming the field <c>email</c>), or null.</summary>
    public static string? Problem(IReadOnlyList<string> recipients)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        if (recipients.Count is 0 or > ScheduleSpec.MaxRecipients)
        {
            return $"email: give 1–{ScheduleSpec.MaxRecipients} addresses, separated by commas.";
        }

        foreach (var address in recipients)
        {
            if (!IsPlain(address))
            {
                return $"email: '{address}' is not an e-mail address (name@example.com).";
            }
        }

        return recipients.Distinct(StringComparer.OrdinalIgnoreCase).Count() == recipients.Count ? null : "email: an address is listed twice.";
    }

    /// <summary>True for a plain address <c>local@domain.tld</c> of at most 254 characters, without a display name, spaces or control characters.</summary>
    public static bool IsPlain(string address) =>
        address.Length is > 2 and <= 254
        && !address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or ',' or ';' or '"')
        && System.Net.Mail.MailAddress.TryCreate(address, out var parsed)
        && parsed.Address == address
        && parsed.Host.Contains('.', StringComparison.Ordinal);

    /// <summary>The addresses of a comma-separated list, trimmed, empty entries left out.</summary>
    public static IReadOnlyList<string> Split(string? text) =>
        text is null ? [] : [.. text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}

/// <summary>Where a schedule's send for one period stands.</summary>
public enum ScheduleRunStatus
{
    /// <summary>An attempt started and has not been recorded as done: a crash during it leaves this, and the next start sends again (at least once).</summary>
    Sending,

    /// <summary>The SMTP server accepted the message.</summary>
    Sent,

    /// <summary>The last attempt failed; it is tried again at <see cref="ScheduleRun.NextAttemptAt"/>.</summary>
    Failed,
}

/// <summary>A schedule's send for one period: its attempts and the server's answer.</summary>
/// <param name="PeriodKey">The period: the local day it was due (<c>yyyy-MM-dd</c>).</param>
/// <param name="Status">Sending, sent or failed.</param>
/// <param name="Attempts">Attempts so far (1 or more).</param>
/// <param name="LastAttemptAt">When the last attempt started (UTC).</param>
/// <param name="NextAttemptAt">When a failed send is tried again (UTC), else null.</param>
/// <param name="Result">The SMTP server's answer or the error, as the last attempt got it (untrusted text).</param>
/// <param name="MessageId">The message's Message-ID, the same for every attempt of this schedule and period.</param>
/// <param name="SentAt">When the server accepted it (UTC), else null.</param>
public sealed record ScheduleRun(string PeriodKey, ScheduleRunStatus Status, int Attempts, DateTimeOffset LastAttemptAt, DateTimeOffset? NextAttemptAt, string? Result, string MessageId, DateTimeOffset? SentAt)
{
    /// <summary>
    /// How long after a failed attempt the next one starts: 1 minute, doubling with each attempt, at most an hour
    /// (1, 2, 4, … 32, 60, 60 minutes).
    /// </summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Math.Max(0, attempts - 1))));

    /// <summary>
    /// The Message-ID of a schedule's send for a period: the same across attempts, restarts and nodes, so a repeat after a
    /// crash is recognisable (RFC 5322 §3.6.4: <c>id-left@id-right</c>). Built from the workspace, schedule and period only.
    /// </summary>
    public static string MessageIdFor(long workspaceId, long scheduleId, string periodKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{workspaceId}/{scheduleId}/{periodKey}")));
        return string.Create(CultureInfo.InvariantCulture, $"schedule-{scheduleId}-{periodKey}-{Convert.ToHexStringLower(hash)[..16]}@payoff.report");
    }
}

/// <summary>A stored schedule.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Spec">How it is set up.</param>
/// <param name="CreatedAt">When it was added (UTC): periods due before it are never sent.</param>
/// <param name="Enabled">False once paused (<c>payoff schedule pause</c>).</param>
/// <param name="LastRun">Its most recent period's send, or null before the first.</param>
public sealed record ReportSchedule(long Id, ScheduleSpec Spec, DateTimeOffset CreatedAt, bool Enabled, ScheduleRun? LastRun);
