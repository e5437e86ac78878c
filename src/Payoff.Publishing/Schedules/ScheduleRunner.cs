using System.Diagnostics;
using System.Globalization;
using Payoff.Application;
using Payoff.Application.Publishing;
using Payoff.Application.Requests;
using Payoff.Core.Publishing;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;
using Payoff.Publishing.Mail;

namespace Payoff.Publishing.Schedules;

/// <summary>
/// Sends scheduled reports: each enabled schedule once per period, at or after its due time in the workspace's time zone.
/// </summary>
/// <remarks>
/// <para>State is the store's (<see cref="IPublishingStore.SaveRunAsync"/>), so it survives restarts: a period due while the
/// server was down is sent when it starts (only the latest period of each schedule: a server down for three weeks sends last
/// week's report, not three). Periods due before the schedule was added are never sent.</para>
/// <para>Once across servers: several nodes serving one store each run this loop; a period is sent by the node that takes the
/// schedule's job lease (<see cref="IStore.TryLeaseAsync"/>) and finds it still due.</para>
/// <para>At least once through a crash: the run is recorded as <see cref="ScheduleRunStatus.Sending"/> before the message goes
/// out and as <see cref="ScheduleRunStatus.Sent"/> after the server accepts it; a crash between the two sends it again on the
/// next start with the same Message-ID (<see cref="ScheduleRun.MessageIdFor"/>), so a repeat is recognisable.</para>
/// <para>A failed send is tried again after <see cref="ScheduleRun.Backoff"/>; its error (the server's answer) is kept for the
/// settings page and <c>payoff schedule list</c>. The store is held only section by section to read the figures and to record
/// state — rendering and the SMTP conversation happen outside it — and due sends are paced (<see cref="PaceFactor"/>), so pages
/// and collect are not kept waiting behind a batch of reports.</para>
/// </remarks>
/// <param name="store">The store.</param>
/// <param name="builder">Builds the report documents.</param>
/// <param name="mailer">The mailer; throws <see cref="SmtpConfigException"/> when e-mail is not configured.</param>
/// <param name="time">The clock.</param>
public sealed class ScheduleRunner(IStore store, ReportDocumentBuilder builder, Func<IMailer> mailer, TimeProvider time) : IApplicationHandler
{
    // One sender per process: the hosted loop and a forwarded `payoff schedule run` never send at once.
    private static readonly SemaphoreSlim One = new(1, 1);

    /// <summary>Sends every schedule that is due and not yet sent (or whose retry time has come); returns the runs attempted.</summary>
    public async Task<IReadOnlyList<ScheduleRun>> RunDueAsync(CancellationToken cancellationToken = default)
    {
        await One.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            var due = new List<(Workspace Workspace, ReportSchedule Schedule, DateOnly Day)>();
            await using (var session = await store.OpenSessionAsync(cancellationToken))
            {
                foreach (var workspace in await session.Workspaces.ListAsync(cancellationToken))
                {
                    foreach (var schedule in await session.Publishing.SchedulesAsync(workspace, cancellationToken))
                    {
                        if (schedule.Enabled && await DueDayAsync(session, workspace, schedule, now, cancellationToken) is { } day)
                        {
                            due.Add((workspace, schedule, day));
                        }
                    }
                }
            }

            var runs = new List<ScheduleRun>();
            foreach (var (workspace, schedule, day) in due)
            {
                // Several servers of one store: the node holding the schedule's lease sends it; the others skip it. Once the
                // lease is held the run is read again — another node may have sent the period between the read above and now.
                await using var lease = await store.TryLeaseAsync(string.Create(CultureInfo.InvariantCulture, $"schedule_{workspace.Id}_{schedule.Id}"), cancellationToken);
                if (lease is null)
                {
                    continue;
                }

                await using (var session = await store.OpenSessionAsync(cancellationToken))
                {
                    if (await DueDayAsync(session, workspace, schedule, now, cancellationToken) != day)
                    {
                        continue;
                    }
                }

                runs.Add(await SendAsync(workspace, schedule, Key(day), day, Yield, cancellationToken));
            }

            return runs;
        }
        finally
        {
            One.Release();
        }
    }

    /// <summary>
    /// Sends schedule <paramref name="name"/> now (<c>payoff schedule run</c>): its template's period as of today, recorded as its
    /// own run (key <c>now-yyyyMMddTHHmmss</c>) so the scheduled periods are unaffected.
    /// </summary>
    /// <exception cref="RequestException">The workspace has no schedule of that name (field <c>name</c>).</exception>
    public async Task<ScheduleRun> RunNowAsync(Workspace workspace, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ReportSchedule schedule;
        await using (var session = await store.OpenSessionAsync(cancellationToken))
        {
            var all = await session.Publishing.SchedulesAsync(workspace, cancellationToken);
            schedule = all.FirstOrDefault(s => string.Equals(s.Spec.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new RequestException("name", $"No schedule is named '{Text.Visible(name)}'{(all.Count == 0 ? string.Empty : $"; there are {string.Join(", ", all.Select(s => s.Spec.Name))}")} (payoff schedule list).");
        }

        await One.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            var local = workspace.Calendar.LocalTime(now);
            return await SendAsync(workspace, schedule, string.Create(CultureInfo.InvariantCulture, $"now-{local:yyyyMMdd'T'HHmmss}"), DateOnly.FromDateTime(local), null, cancellationToken);
        }
        finally
        {
            One.Release();
        }
    }

    /// <summary>
    /// When <paramref name="schedule"/> next sends, as of <paramref name="now"/>: its next due time, or — when its latest period
    /// is due and not sent — that period's retry time (or now).
    /// </summary>
    public static DateTimeOffset NextRun(Workspace workspace, ReportSchedule schedule, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(schedule);
        var calendar = workspace.Calendar;
        var last = schedule.Spec.Timing.LastDue(calendar, now);
        var lastRun = schedule.LastRun is { } run && run.PeriodKey == Key(calendar.DateOf(last)) ? run : null;
        return last >= schedule.CreatedAt && lastRun?.Status != ScheduleRunStatus.Sent
            ? (lastRun?.NextAttemptAt is { } retry && retry > now ? retry : now)
            : schedule.Spec.Timing.NextDue(calendar, now);
    }

    private static string Key(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<DateOnly?> DueDayAsync(IStoreSession session, Workspace workspace, ReportSchedule schedule, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var calendar = workspace.Calendar;
        var due = schedule.Spec.Timing.LastDue(calendar, now);
        if (due < schedule.CreatedAt)
        {
            return null;
        }

        var day = calendar.DateOf(due);
        var run = await session.Publishing.RunAsync(workspace, schedule.Id, Key(day), cancellationToken);
        return run switch
        {
            null => day,
            { Status: ScheduleRunStatus.Sent } => null,
            { Status: ScheduleRunStatus.Failed, NextAttemptAt: { } next } when next > now => null,
            _ => day,
        };
    }

    /// <summary>
    /// How much of the store and the cores a due send leaves to everyone else: after each section's read, and after drawing the
    /// PDF, the sender waits <see cref="PaceFactor"/> times as long as that step worked (real time), so it holds the store at
    /// most a third of the time and a page queued behind it waits for one section, not for a whole report.
    /// </summary>
    public const double PaceFactor = 2;

    private static Task Yield(TimeSpan worked, CancellationToken cancellationToken) =>
        Task.Delay(TimeSpan.FromTicks((long)(Math.Min(worked.Ticks, TimeSpan.TicksPerMinute) * PaceFactor)), cancellationToken);

    // pace: null sends at once (a person waits: `payoff schedule run`); else each step is followed by pace(how long it worked).
    private async Task<ScheduleRun> SendAsync(Workspace workspace, ReportSchedule schedule, string key, DateOnly reportDay, Func<TimeSpan, CancellationToken, Task>? pace, CancellationToken cancellationToken)
    {
        var spec = schedule.Spec;
        var messageId = ScheduleRun.MessageIdFor(workspace.Id, schedule.Id, key);
        var started = time.GetUtcNow();
        ReportDocument document;
        ScheduleRun attempt;
        try
        {
            ReportTemplate template;
            await using (var session = await store.OpenSessionAsync(cancellationToken))
            {
                var previous = await session.Publishing.RunAsync(workspace, schedule.Id, key, cancellationToken);
                // Every attempt of a period carries the Message-ID of its first: a repeat after a crash is recognisable as one.
                messageId = previous?.MessageId ?? messageId;
                attempt = new ScheduleRun(key, ScheduleRunStatus.Sending, (previous?.Attempts ?? 0) + 1, started, null, previous?.Result, messageId, null);
                await session.Publishing.SaveRunAsync(workspace, schedule.Id, attempt, cancellationToken);
                template = await TemplatesHandler.FindAsync(session, workspace, spec.Template, cancellationToken);
            }

            // Each section reads in a session of its own, so the store is never held for a whole report.
            document = await builder.BuildPacedAsync(store, workspace, template, ReportRanges.Days(template.Range, reportDay), pace ?? ((_, _) => Task.CompletedTask), cancellationToken);
        }
        catch (RequestException e)
        {
            return await FailAsync(workspace, schedule.Id, new ScheduleRun(key, ScheduleRunStatus.Failed, 1, started, null, null, messageId, null), e.Message, cancellationToken);
        }

        try
        {
            var drawing = Stopwatch.GetTimestamp();
            var pdf = Pdf.PdfReport.Render(document);
            var send = mailer();
            var from = send is SmtpMailer smtp ? smtp.Settings.From : "reports@payoff.invalid";
            var message = ReportMail.Compose(document, pdf, from, spec.Recipients, messageId, spec.AttachCsv, spec.AttachXlsx);
            if (pace is not null)
            {
                await pace(Stopwatch.GetElapsedTime(drawing), cancellationToken);
            }

            var answer = await send.SendAsync(message, cancellationToken);
            var sent = attempt with { Status = ScheduleRunStatus.Sent, Result = answer, SentAt = time.GetUtcNow(), NextAttemptAt = null };
            await using var session = await store.OpenSessionAsync(cancellationToken);
            await session.Publishing.ArchiveAsync(
                workspace,
                new ArchiveEntry($"{document.FileStem}.pdf", "application/pdf", pdf, spec.Template, document.Period, ArchiveChannel.Schedule, spec.Recipients, $"schedule {spec.Name}", document.People),
                cancellationToken);
            await session.Publishing.SaveRunAsync(workspace, schedule.Id, sent, cancellationToken);
            return sent;
        }
        catch (Exception e) when (e is MailException or SmtpConfigException)
        {
            return await FailAsync(workspace, schedule.Id, attempt, e.Message, cancellationToken);
        }
    }

    private async Task<ScheduleRun> FailAsync(Workspace workspace, long scheduleId, ScheduleRun attempt, string error, CancellationToken cancellationToken)
    {
        var failed = attempt with { Status = ScheduleRunStatus.Failed, Result = error, NextAttemptAt = time.GetUtcNow() + ScheduleRun.Backoff(attempt.Attempts) };
        await using var session = await store.OpenSessionAsync(cancellationToken);
        await session.Publishing.SaveRunAsync(workspace, scheduleId, failed, cancellationToken);
        return failed;
    }
}
