using System.Globalization;
using Payoff.Application.Requests;
using Payoff.Core.Publishing;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Publishing;

/// <summary>Scheduled reports: add, list, pause, resume and remove (<c>payoff schedule …</c>, the API, the settings page).</summary>
/// <param name="store">The store a session is opened on.</param>
public sealed class SchedulesHandler(IStore store) : IApplicationHandler
{
    /// <summary>
    /// Adds a schedule from <c>name</c>, <c>template</c>, <c>every</c> (<c>week</c> or <c>month</c>), <c>day</c> (1–7 from Monday, or
    /// 1–31 with 31 the month's last day; default 1), <c>time</c> (<c>HH:mm</c>, default 08:00, the workspace's time zone),
    /// <c>email</c> (addresses separated by commas) and <c>attach</c> (<c>csv</c>, <c>xlsx</c> or both, comma-separated).
    /// </summary>
    /// <exception cref="RequestException">A field is missing or wrong, the template does not exist or the name is taken (field named).</exception>
    public async Task<ReportSchedule> AddAsync(Workspace workspace, RequestValues values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        await using var session = await store.OpenSessionAsync(cancellationToken);
        var template = await TemplatesHandler.FindAsync(session, workspace, values.Get("template") ?? throw new RequestException("template", $"Give the {values.Name("template")} to send (payoff template list)."), cancellationToken);
        var every = FieldChoice.Parse(values, "every", (ScheduleEvery?)null, ("week", ScheduleEvery.Week), ("month", ScheduleEvery.Month))
            ?? throw new RequestException("every", $"Give {values.Name("every")}: week or month.");
        var day = RequestNumber.Whole(values, "day", 1);
        var at = new TimeOnly(8, 0);
        if (values.Get("time") is { } text && !TimeOnly.TryParseExact(text.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out at))
        {
            throw new RequestException("time", $"{values.Name("time")} '{Text.Visible(text)}' is not a time of day; use HH:mm, e.g. 08:00.");
        }

        var attach = Addresses.Split(values.Get("attach"));
        if (attach.FirstOrDefault(a => a is not ("csv" or "xlsx")) is { } wrong)
        {
            throw new RequestException("attach", $"{values.Name("attach")} takes csv, xlsx or csv,xlsx, not '{Text.Visible(wrong)}'.");
        }

        var spec = new ScheduleSpec(values.Get("name")?.Trim() ?? string.Empty, template.Name, new ScheduleTiming(every, day, at), Addresses.Split(values.Get("email")), attach.Contains("csv"), attach.Contains("xlsx"));
        if (spec.Problem() is { } problem)
        {
            throw FieldProblem.Of(values, problem);
        }

        try
        {
            return await session.Publishing.AddScheduleAsync(workspace, spec, cancellationToken);
        }
        catch (StoreException e)
        {
            throw new RequestException("name", e.Message);
        }
    }

    /// <summary>The workspace's schedules by name, each with its latest run.</summary>
    public async Task<IReadOnlyList<ReportSchedule>> ListAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken);
        return await session.Publishing.SchedulesAsync(workspace, cancellationToken);
    }

    /// <summary>Pauses (<paramref name="enabled"/> false), resumes or — with <paramref name="remove"/> — removes schedule <paramref name="name"/>.</summary>
    /// <exception cref="RequestException">No schedule has the name.</exception>
    public async Task<ReportSchedule> ChangeAsync(Workspace workspace, string name, bool enabled, bool remove, CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken);
        var all = await session.Publishing.SchedulesAsync(workspace, cancellationToken);
        var schedule = all.FirstOrDefault(s => string.Equals(s.Spec.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new RequestException("name", $"No schedule is named '{Text.Visible(name)}' (payoff schedule list).");
        if (remove)
        {
            await session.Publishing.RemoveScheduleAsync(workspace, schedule.Id, cancellationToken);
            return schedule;
        }

        await session.Publishing.SetScheduleEnabledAsync(workspace, schedule.Id, enabled, cancellationToken);
        return schedule with { Enabled = enabled };
    }
}
