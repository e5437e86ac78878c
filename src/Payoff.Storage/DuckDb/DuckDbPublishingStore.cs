using System.Data.Common;
using Payoff.Core.Publishing;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>
/// Templates, branding, schedules and their runs, share links, the report archive and alert rules (migration 0022). Lists
/// (recipients, people) are stored newline-joined: an address or a lower-cased name holds no newline.
/// </summary>
public sealed partial class DuckDbPublishingStore(DuckDbDatabase db) : IPublishingStore
{
    /// <inheritdoc />
    public Task<IReadOnlyList<ReportTemplate>> TemplatesAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Sync.Run<IReadOnlyList<ReportTemplate>>(
            () => db.Query(
                "SELECT name, title, sections, range_name, paper FROM report_templates WHERE workspace_id = $1 ORDER BY name",
                r => new ReportTemplate(
                    r.GetString(0),
                    r.GetString(1),
                    [.. r.GetString(2).Split(',').Select(s => ReportSections.Find(s)!.Value)],
                    ReportRanges.Find(r.GetString(3))!.Value) { Paper = Enum.Parse<PaperSize>(r.GetString(4)) },
                workspace.Id),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task SaveTemplateAsync(Workspace workspace, ReportTemplate reportTemplate, bool replace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(reportTemplate);
        return Sync.Run(() => db.InTransaction(() =>
        {
            var exists = db.Scalar<long>("SELECT count(*) FROM report_templates WHERE workspace_id = $1 AND name = $2", workspace.Id, reportTemplate.Name) > 0;
            if (exists != replace)
            {
                throw new StoreException(replace ? $"The workspace has no template named '{reportTemplate.Name}'." : $"The workspace already has a template named '{reportTemplate.Name}'.");
            }

            db.Execute("DELETE FROM report_templates WHERE workspace_id = $1 AND name = $2", workspace.Id, reportTemplate.Name);
            return db.Execute(
                "INSERT INTO report_templates VALUES ($1, $2, $3, $4, $5, $6)",
                workspace.Id, reportTemplate.Name, reportTemplate.Title, string.Join(',', reportTemplate.Sections.Select(ReportSections.Name)), ReportRanges.Name(reportTemplate.Range), reportTemplate.Paper.ToString());
        }), cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> RemoveTemplateAsync(Workspace workspace, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(name);
        return Sync.Run(() => db.InTransaction(() =>
        {
            var exists = db.Scalar<long>("SELECT count(*) FROM report_templates WHERE workspace_id = $1 AND name = $2", workspace.Id, name) > 0;
            db.Execute("DELETE FROM report_templates WHERE workspace_id = $1 AND name = $2", workspace.Id, name);
            return exists;
        }), cancellationToken);
    }

    /// <inheritdoc />
    public Task<WorkspaceBranding> BrandingAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Sync.Run(
            () => db.Query(
                "SELECT agency_name, contact, footer, primary_color, accent_color, logo, hide_payoff FROM workspace_branding WHERE workspace_id = $1",
                r => new WorkspaceBranding(Text(r, 0), Text(r, 1), Text(r, 2), Text(r, 3), Text(r, 4), r.IsDBNull(5) ? null : Bytes(r, 5), r.GetBoolean(6)),
                workspace.Id).FirstOrDefault() ?? WorkspaceBranding.None,
            cancellationToken);
    }

    /// <inheritdoc />
    public Task SetBrandingAsync(Workspace workspace, WorkspaceBranding branding, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(branding);
        return Sync.Run(() => db.InTransaction(() =>
        {
            db.Execute("DELETE FROM workspace_branding WHERE workspace_id = $1", workspace.Id);
            return db.Execute(
                "INSERT INTO workspace_branding VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                workspace.Id, branding.AgencyName, branding.Contact, branding.Footer, branding.PrimaryColor, branding.AccentColor, branding.Logo, branding.HidePayoff);
        }), cancellationToken);
    }

    /// <inheritdoc />
    public Task<ReportSchedule> AddScheduleAsync(Workspace workspace, ScheduleSpec spec, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(spec);
        return Sync.Run(() => db.InTransaction(() =>
        {
            if (db.Scalar<long>("SELECT count(*) FROM report_schedules WHERE workspace_id = $1 AND lower(name) = lower($2)", workspace.Id, spec.Name) > 0)
            {
                throw new StoreException($"The workspace already has a schedule named '{spec.Name}'.");
            }

            var now = db.Time.GetUtcNow();
            var id = db.Scalar<long>(
                "INSERT INTO report_schedules (workspace_id, name, template, every, day, at_minute, recipients, attach_csv, attach_xlsx, enabled, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, true, $10) RETURNING id",
                workspace.Id, spec.Name, spec.Template, spec.Timing.Every.ToString(), spec.Timing.Day, (spec.Timing.Time.Hour * 60) + spec.Timing.Time.Minute,
                Join(spec.Recipients), spec.AttachCsv, spec.AttachXlsx, DuckDbDatabase.ToDb(now));
            return new ReportSchedule(id, spec, DuckDbDatabase.Truncated(now), true, null);
        }), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ReportSchedule>> SchedulesAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Sync.Run<IReadOnlyList<ReportSchedule>>(
            () =>
            {
                var latest = db.Query(
                    $"SELECT schedule_id, {RunColumns} FROM schedule_runs r WHERE workspace_id = $1 AND period_key = (SELECT max(period_key) FROM schedule_runs s WHERE s.workspace_id = r.workspace_id AND s.schedule_id = r.schedule_id)",
                    r => (Id: r.GetInt64(0), Run: ReadRun(r, 1)),
                    workspace.Id).ToDictionary(x => x.Id, x => x.Run);
                return db.Query(
                    "SELECT id, name, template, every, day, at_minute, recipients, attach_csv, attach_xlsx, enabled, created_at FROM report_schedules WHERE workspace_id = $1 ORDER BY lower(name)",
                    r =>
                    {
                        var id = r.GetInt64(0);
                        var minute = r.GetInt32(5);
                        var spec = new ScheduleSpec(r.GetString(1), r.GetString(2), new ScheduleTiming(Enum.Parse<ScheduleEvery>(r.GetString(3)), r.GetInt32(4), new TimeOnly(minute / 60, minute % 60)), Split(r.GetString(6)), r.GetBoolean(7), r.GetBoolean(8));
                        return new ReportSchedule(id, spec, DuckDbDatabase.FromDb(r.GetDateTime(10)), r.GetBoolean(9), latest.GetValueOrDefault(id));
                    },
                    workspace.Id);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> SetScheduleEnabledAsync(Workspace workspace, long id, bool enabled, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Sync.Run(() => db.Execute("UPDATE report_schedules SET enabled = $3 WHERE workspace_id = $1 AND id = $2", workspace.Id, id, enabled) > 0, cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> RemoveScheduleAsync(Workspace workspace, long id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Sync.Run(() => db.InTransaction(() =>
        {
            db.Execute("DELETE FROM schedule_runs WHERE workspace_id = $1 AND schedule_id = $2", workspace.Id, id);
            return db.Execute("DELETE FROM report_schedules WHERE workspace_id = $1 AND id = $2", workspace.Id, id) > 0;
        }), cancellationToken);
    }

    /// <inheritdoc />
    public Task<ScheduleRun?> RunAsync(Workspace workspace, long scheduleId, string periodKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Sync.Run(
            () => db.Query($"SELECT {RunColumns} FROM schedule_runs WHERE workspace_id = $1 AND schedule_id = $2 AND period_key = $3", r => ReadRun(r, 0), workspace.Id, scheduleId, periodKey).FirstOrDefault(),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task SaveRunAsync(Workspace workspace, long scheduleId, ScheduleRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(run);
        return Sync.Run(() => db.InTransaction(() =>
        {
            db.Execute("DELETE FROM schedule_runs WHERE workspace_id = $1 AND schedule_id = $2 AND period_key = $3", workspace.Id, scheduleId, run.PeriodKey);
            return db.Execute(
                "INSERT INTO schedule_runs VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                workspace.Id, scheduleId, run.PeriodKey, run.Status.ToString(), run.Attempts, DuckDbDatabase.ToDb(run.LastAttemptAt),
                run.NextAttemptAt is { } next ? DuckDbDatabase.ToDb(next) : null, run.Result, run.MessageId, run.SentAt is { } sent ? DuckDbDatabase.ToDb(sent) : null);
        }), cancellationToken);
    }

    private const string RunColumns = "period_key, status, attempts, last_attempt_at, next_attempt_at, result, message_id, sent_at";

    private static ScheduleRun ReadRun(DbDataReader r, int at) => new(
        r.GetString(at),
        Enum.Parse<ScheduleRunStatus>(r.GetString(at + 1)),
        r.GetInt32(at + 2),
        DuckDbDatabase.FromDb(r.GetDateTime(at + 3)),
        r.IsDBNull(at + 4) ? null : DuckDbDatabase.FromDb(r.GetDateTime(at + 4)),
        Text(r, at + 5),
        r.GetString(at + 6),
        r.IsDBNull(at + 7) ? null : DuckDbDatabase.FromDb(r.GetDateTime(at + 7)));

    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static byte[] Bytes(DbDataReader r, int i)
    {
        using var stream = r.GetStream(i);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string Join(IEnumerable<string> items) => string.Join('\n', items);

    private static string[] Split(string text) => text.Length == 0 ? [] : text.Split('\n');
}
