using System.Globalization;
using System.Text.Json;
using Payoff.Core.Publishing;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.ClickHouse.Adapters;

/// <summary>
/// Report templates, white-label settings, schedules and their runs, share links, the report archive and alert rules on the
/// state node. A share link's openings are rows of their own (its count and last use are read from them), so several nodes
/// serving one link never race on a counter; binary content travels and rests as Base64.
/// </summary>
internal sealed class ClickHousePublishingStore(ClickHouseDatabase db) : IPublishingStore
{
    private readonly StateTable templates = new(db, "report_templates", "workspace_id", "name", "title", "sections", "range_name", "paper");
    private readonly StateTable branding = new(db, "workspace_branding", "workspace_id", "agency_name", "contact", "footer", "primary_color", "accent_color", "logo", "hide_payoff");
    private readonly StateTable schedules = new(db, "report_schedules", "workspace_id", "id", "name", "template", "every", "day", "at_minute", "recipients", "attach_csv", "attach_xlsx", "enabled", "created_at");
    private readonly StateTable runs = new(db, "schedule_runs", "workspace_id", "schedule_id", "period_key", "status", "attempts", "last_attempt_at", "next_attempt_at", "result", "message_id", "sent_at");
    private readonly StateTable shares = new(db, "share_links", "workspace_id", "id", "token_hash", "template", "page", "range_name", "from_day", "to_day", "expires_at", "label", "created_by", "created_at", "revoked_at");
    private readonly StateTable archive = new(db, "report_archive", "workspace_id", "id", "file_name", "content_type", "content", "size", "template", "from_day", "to_day", "channel", "recipients", "made_by", "people", "created_at", "erased_at");
    private readonly StateTable alerts = new(db, "alert_rules", "workspace_id", "id", "kind", "recipients", "enabled", "checked_at", "last_result", "holding");

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReportTemplate>> TemplatesAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return (await templates.ReadAsync("WHERE workspace_id = $1", string.Empty, workspace.Id).ConfigureAwait(false))
            .Select(r => new ReportTemplate(r[1]!, r[2]!, [.. r[3]!.Split(',').Select(s => ReportSections.Find(s)!.Value)], ReportRanges.Find(r[4]!)!.Value) { Paper = Enum.Parse<PaperSize>(r[5]!) })
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <inheritdoc />
    public async Task SaveTemplateAsync(Workspace workspace, ReportTemplate reportTemplate, bool replace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(reportTemplate);
        var exists = (await templates.ReadAsync("WHERE workspace_id = $1 AND name = $2", string.Empty, workspace.Id, reportTemplate.Name).ConfigureAwait(false)).Count > 0;
        if (exists != replace)
        {
            throw new StoreException(replace ? $"The workspace has no template named '{reportTemplate.Name}'." : $"The workspace already has a template named '{reportTemplate.Name}'.");
        }

        await templates.PutAsync(
            workspace.Id, reportTemplate.Name, reportTemplate.Title, string.Join(',', reportTemplate.Sections.Select(ReportSections.Name)), ReportRanges.Name(reportTemplate.Range), reportTemplate.Paper.ToString()).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> RemoveTemplateAsync(Workspace workspace, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(name);
        return await templates.RemoveAsync(["workspace_id", "name"], "WHERE workspace_id = $1 AND name = $2", workspace.Id, name).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<WorkspaceBranding> BrandingAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return (await branding.ReadAsync("WHERE workspace_id = $1", string.Empty, workspace.Id).ConfigureAwait(false))
            .Select(r => new WorkspaceBranding(r[1], r[2], r[3], r[4], r[5], r[6] is { } logo ? Convert.FromBase64String(logo) : null, ClickHouseDatabase.Flag(r[7])))
            .FirstOrDefault() ?? WorkspaceBranding.None;
    }

    /// <inheritdoc />
    public Task SetBrandingAsync(Workspace workspace, WorkspaceBranding branding, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(branding);
        return this.branding.PutAsync(workspace.Id, branding.AgencyName, branding.Contact, branding.Footer, branding.PrimaryColor, branding.AccentColor, branding.Logo, branding.HidePayoff);
    }

    /// <inheritdoc />
    public async Task<ReportSchedule> AddScheduleAsync(Workspace workspace, ScheduleSpec spec, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(spec);
        if ((await SchedulesAsync(workspace, cancellationToken).ConfigureAwait(false)).Any(s => string.Equals(s.Spec.Name, spec.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw ScheduleTaken(spec.Name);
        }

        var id = await db.NextIdAsync("report_schedule_ids").ConfigureAwait(false);
        if (!await db.ClaimAsync("schedule-name", $"{workspace.Id}/{spec.Name.ToLowerInvariant()}", id.ToString(CultureInfo.InvariantCulture), db.RowHolds("report_schedules")).ConfigureAwait(false))
        {
            throw ScheduleTaken(spec.Name);
        }

        var created = Exact(db.Time.GetUtcNow());
        var schedule = new ReportSchedule(id, spec, created, true, null);
        await schedules.PutAsync(ScheduleRow(workspace, schedule)).ConfigureAwait(false);
        return schedule;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReportSchedule>> SchedulesAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var latest = (await runs.ReadAsync("WHERE workspace_id = $1", string.Empty, workspace.Id).ConfigureAwait(false))
            .GroupBy(r => ClickHouseDatabase.Number(r[1]))
            .ToDictionary(g => g.Key, g => ReadRun(g.MaxBy(r => r[2], StringComparer.Ordinal)!));
        return (await schedules.ReadAsync("WHERE workspace_id = $1", string.Empty, workspace.Id).ConfigureAwait(false))
            .Select(r =>
            {
                var id = ClickHouseDatabase.Number(r[1]);
                var minute = (int)ClickHouseDatabase.Number(r[6]);
                var spec = new ScheduleSpec(r[2]!, r[3]!, new ScheduleTiming(Enum.Parse<ScheduleEvery>(r[4]!), (int)ClickHouseDatabase.Number(r[5]), new TimeOnly(minute / 60, minute % 60)), Split(r[7]!), ClickHouseDatabase.Flag(r[8]), ClickHouseDatabase.Flag(r[9]));
                return new ReportSchedule(id, spec, ClickHouseDatabase.Instant(r[11]), ClickHouseDatabase.Flag(r[10]), latest.GetValueOrDefault(id));
            })
            .OrderBy(s => s.Spec.Name.ToLowerInvariant(), StringComparer.Ordinal)
            .ToList();
    }

    /// <inheritdoc />
    public async Task<bool> SetScheduleEnabledAsync(Workspace workspace, long id, bool enabled, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var found = (await SchedulesAsync(workspace, cancellationToken).ConfigureAwait(false)).FirstOrDefault(s => s.Id == id);
        if (found is null)
        {
            return false;
        }

        await schedules.PutAsync(ScheduleRow(workspace, found with { Enabled = enabled })).ConfigureAwait(false);
        return true;
    }

    /// <inheritdoc />
    public async Task<bool> RemoveScheduleAsync(Workspace workspace, long id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        await runs.DeleteWhereAsync(["workspace_id", "schedule_id", "period_key"], "WHERE workspace_id = $1 AND schedule_id = $2", workspace.Id, id).ConfigureAwait(false);
        return await schedules.RemoveAsync(["workspace_id", "id"], "WHERE workspace_id = $1 AND id = $2", workspace.Id, id).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<ScheduleRun?> RunAsync(Workspace workspace, long scheduleId, string periodKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return (await runs.ReadAsync("WHERE workspace_id = $1 AND schedule_id = $2 AND period_key = $3", string.Empty, workspace.Id, scheduleId, periodKey).ConfigureAwait(false))
            .Select(ReadRun).FirstOrDefault();
    }

    /// <inheritdoc />
    public Task SaveRunAsync(Workspace workspace, long scheduleId, ScheduleRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(run);
        return runs.PutAsync(
            workspace.Id, scheduleId, run.PeriodKey, run.Status.ToString(), run.Attempts, ClickHouseDatabase.Micros(run.LastAttemptAt), Micros(run.NextAttemptAt), run.Result, run.MessageId, Micros(run.SentAt));
    }

    /// <inheritdoc />
    public async Task<ShareLink> AddShareAsync(Workspace workspace, string tokenHash, ShareSpec spec, string createdBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(spec);
        var link = new ShareLink(await db.NextIdAsync("share_link_ids").ConfigureAwait(false), spec with { ExpiresAt = Exact(spec.ExpiresAt) }, createdBy, Exact(db.Time.GetUtcNow()), null, null, 0);
        await shares.PutAsync(ShareRow(workspace.Id, tokenHash, link)).ConfigureAwait(false);
        return link;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ShareLink>> SharesAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var opens = await OpensAsync(workspace.Id).ConfigureAwait(false);
        return (await shares.ReadAsync("WHERE workspace_id = $1", "ORDER BY id DESC", workspace.Id).ConfigureAwait(false)).Select(r => ReadShare(r, opens)).ToList();
    }

    /// <inheritdoc />
    public async Task<bool> RevokeShareAsync(Workspace workspace, long id, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var rows = await shares.ReadAsync("WHERE workspace_id = $1 AND id = $2", string.Empty, workspace.Id, id).ConfigureAwait(false);
        if (rows.Count == 0 || rows[0][12] is not null)
        {
            return false;
        }

        var link = ReadShare(rows[0], []);
        await shares.PutAsync(ShareRow(workspace.Id, rows[0][2]!, link with { RevokedAt = Exact(at) })).ConfigureAwait(false);
        return true;
    }

    /// <inheritdoc />
    public async Task<(long WorkspaceId, ShareLink Link)?> FindShareAsync(string tokenHash, CancellationToken cancellationToken = default)
    {
        var rows = await db.RowsAsync(
            $"SELECT {string.Join(", ", ShareColumns)} FROM (SELECT *, deleted AS gone FROM share_links FINAL WHERE token_hash = $1) WHERE gone = 0",
            tokenHash).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return null;
        }

        var workspaceId = ClickHouseDatabase.Number(rows[0][0]);
        return (workspaceId, ReadShare(rows[0], await OpensAsync(workspaceId).ConfigureAwait(false)));
    }

    /// <inheritdoc />
    public Task RecordShareOpenAsync(long workspaceId, long id, DateTimeOffset at, string? userAgent, CancellationToken cancellationToken = default) =>
        db.InsertAsync("share_opens", ["workspace_id", "link_id", "opened_at", "user_agent"], [[workspaceId, id, ClickHouseDatabase.Micros(at), userAgent is null ? null : userAgent[..Math.Min(200, userAgent.Length)]]], cancellationToken);

    /// <inheritdoc />
    public async Task<ArchivedReport> ArchiveAsync(Workspace workspace, ArchiveEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(entry);
        var report = new ArchivedReport(await db.NextIdAsync("report_archive_ids").ConfigureAwait(false), entry.FileName, entry.ContentType, entry.Content.Length, entry.Template, entry.Period, entry.Channel, entry.Recipients, entry.By, Exact(db.Time.GetUtcNow()), null);
        await archive.PutAsync(ArchiveRow(workspace, report, entry.Content, Join(entry.People.Select(Person)))).ConfigureAwait(false);
        return report;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ArchivedReport>> ArchiveListAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return (await ArchivedAsync(workspace, null).ConfigureAwait(false)).Select(a => a.Report).ToList();
    }

    /// <inheritdoc />
    public async Task<(ArchivedReport Report, byte[] Content)?> ArchiveFileAsync(Workspace workspace, long id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return (await ArchivedAsync(workspace, id).ConfigureAwait(false)).Select(a => ((ArchivedReport, byte[])?)(a.Report, a.Content)).FirstOrDefault();
    }

    /// <inheritdoc />
    public async Task<int> EraseFromArchiveAsync(Workspace workspace, string person, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentException.ThrowIfNullOrWhiteSpace(person);
        var wanted = Person(person);
        var changed = 0;
        foreach (var (report, _, people) in await ArchivedAsync(workspace, null).ConfigureAwait(false))
        {
            if (Split(people).Contains(wanted) || report.Recipients.Any(r => Person(r) == wanted))
            {
                var erased = report with { Recipients = [.. report.Recipients.Select(r => Person(r) == wanted ? "(erased)" : r)], Bytes = 0, ErasedAt = report.ErasedAt ?? Exact(at) };
                await archive.PutAsync(ArchiveRow(workspace, erased, [], string.Empty)).ConfigureAwait(false);
                changed++;
            }
        }

        // The versions that held the file and the person's address must not stay until a merge: merge now.
        if (changed > 0)
        {
            await db.ExecuteAsync("OPTIMIZE TABLE report_archive FINAL").ConfigureAwait(false);
        }

        return changed;
    }

    /// <inheritdoc />
    public async Task<AlertRule> SetAlertAsync(Workspace workspace, AlertKind kind, IReadOnlyList<string> recipients, bool enabled, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(recipients);
        var rule = (await AlertsAsync(workspace, cancellationToken).ConfigureAwait(false)).FirstOrDefault(a => a.Kind == kind)
            ?? new AlertRule(await db.NextIdAsync("alert_rule_ids").ConfigureAwait(false), kind, [], enabled, new Dictionary<string, DateTimeOffset>(), null, null);
        var stored = rule with { Recipients = recipients, Enabled = enabled };
        await alerts.PutAsync(AlertRow(workspace, stored)).ConfigureAwait(false);
        return stored;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AlertRule>> AlertsAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return (await alerts.ReadAsync("WHERE workspace_id = $1", string.Empty, workspace.Id).ConfigureAwait(false))
            .Select(r => new AlertRule(
                ClickHouseDatabase.Number(r[1]),
                Enum.Parse<AlertKind>(r[2]!),
                Split(r[3]!),
                ClickHouseDatabase.Flag(r[4]),
                (JsonSerializer.Deserialize<Dictionary<string, long>>(r[7]!) ?? []).ToDictionary(h => h.Key, h => ClickHouseDatabase.FromMicros(h.Value), StringComparer.Ordinal),
                ClickHouseDatabase.InstantOrNull(r[5]),
                r[6]))
            .OrderBy(a => a.Kind)
            .ToList();
    }

    /// <inheritdoc />
    public async Task SaveAlertCheckAsync(Workspace workspace, long id, IReadOnlyDictionary<string, DateTimeOffset> holding, DateTimeOffset checkedAt, string? lastResult, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(holding);
        if ((await AlertsAsync(workspace, cancellationToken).ConfigureAwait(false)).FirstOrDefault(a => a.Id == id) is { } rule)
        {
            await alerts.PutAsync(AlertRow(workspace, rule with { Holding = holding.ToDictionary(h => h.Key, h => Exact(h.Value)), CheckedAt = Exact(checkedAt), LastResult = lastResult ?? rule.LastResult })).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task<bool> RemoveAlertAsync(Workspace workspace, AlertKind kind, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        if ((await AlertsAsync(workspace, cancellationToken).ConfigureAwait(false)).All(a => a.Kind != kind))
        {
            return false;
        }

        await alerts.DeleteAsync(["workspace_id", "kind"], [[workspace.Id, kind.ToString()]]).ConfigureAwait(false);
        return true;
    }

    private static readonly string[] ShareColumns = ["workspace_id", "id", "token_hash", "template", "page", "range_name", "from_day", "to_day", "expires_at", "label", "created_by", "created_at", "revoked_at"];

    private async Task<Dictionary<long, (long Opens, DateTimeOffset Last)>> OpensAsync(long workspaceId) =>
        (await db.RowsAsync("SELECT link_id, count(), max(opened_at) FROM share_opens WHERE workspace_id = $1 GROUP BY link_id", workspaceId).ConfigureAwait(false))
            .ToDictionary(r => ClickHouseDatabase.Number(r[0]), r => (ClickHouseDatabase.Number(r[1]), ClickHouseDatabase.Instant(r[2])));

    private async Task<List<(ArchivedReport Report, byte[] Content, string People)>> ArchivedAsync(Workspace workspace, long? id) =>
        (await archive.ReadAsync(id is null ? "WHERE workspace_id = $1" : "WHERE workspace_id = $1 AND id = $2", "ORDER BY id DESC", id is null ? [workspace.Id] : [workspace.Id, id]).ConfigureAwait(false))
            .Select(r => (new ArchivedReport(
                ClickHouseDatabase.Number(r[1]),
                r[2]!,
                r[3]!,
                ClickHouseDatabase.Number(r[5]),
                r[6]!,
                new DateRange(ClickHouseDatabase.Day(r[7]), ClickHouseDatabase.Day(r[8])),
                Enum.Parse<ArchiveChannel>(r[9]!),
                Split(r[10]!),
                r[11]!,
                ClickHouseDatabase.Instant(r[13]),
                ClickHouseDatabase.InstantOrNull(r[14])), Convert.FromBase64String(r[4]!), r[12]!))
            .ToList();

    private static object?[] ScheduleRow(Workspace workspace, ReportSchedule s) =>
    [
        workspace.Id, s.Id, s.Spec.Name, s.Spec.Template, s.Spec.Timing.Every.ToString(), s.Spec.Timing.Day, (s.Spec.Timing.Time.Hour * 60) + s.Spec.Timing.Time.Minute,
        Join(s.Spec.Recipients), s.Spec.AttachCsv, s.Spec.AttachXlsx, s.Enabled, ClickHouseDatabase.Micros(s.CreatedAt),
    ];

    private static object?[] ShareRow(long workspaceId, string tokenHash, ShareLink l) =>
    [
        workspaceId, l.Id, tokenHash, l.Spec.Template, l.Spec.Page, l.Spec.Range is { } range ? ReportRanges.Name(range) : null, l.Spec.Days?.From, l.Spec.Days?.To,
        ClickHouseDatabase.Micros(l.Spec.ExpiresAt), l.Spec.Label, l.CreatedBy, ClickHouseDatabase.Micros(l.CreatedAt), Micros(l.RevokedAt),
    ];

    private static object?[] ArchiveRow(Workspace workspace, ArchivedReport a, byte[] content, string people) =>
    [
        workspace.Id, a.Id, a.FileName, a.ContentType, content, a.Bytes, a.Template, a.Period.From, a.Period.To, a.Channel.ToString(), Join(a.Recipients), a.By, people,
        ClickHouseDatabase.Micros(a.CreatedAt), Micros(a.ErasedAt),
    ];

    private static object?[] AlertRow(Workspace workspace, AlertRule a) =>
    [
        workspace.Id, a.Id, a.Kind.ToString(), Join(a.Recipients), a.Enabled, Micros(a.CheckedAt), a.LastResult,
        JsonSerializer.Serialize(a.Holding.ToDictionary(h => h.Key, h => ClickHouseDatabase.Micros(h.Value), StringComparer.Ordinal)),
    ];

    private static ShareLink ReadShare(string?[] r, Dictionary<long, (long Opens, DateTimeOffset Last)> opens)
    {
        var id = ClickHouseDatabase.Number(r[1]);
        var days = r[6] is null ? null : new DateRange(ClickHouseDatabase.Day(r[6]), ClickHouseDatabase.Day(r[7]));
        var spec = new ShareSpec(r[3], r[4], r[5] is null ? null : ReportRanges.Find(r[5]!), days, ClickHouseDatabase.Instant(r[8]), r[9]);
        var used = opens.TryGetValue(id, out var o) ? o : ((long Opens, DateTimeOffset Last)?)null;
        return new ShareLink(id, spec, r[10]!, ClickHouseDatabase.Instant(r[11]), ClickHouseDatabase.InstantOrNull(r[12]), used?.Last, used?.Opens ?? 0);
    }

    private static ScheduleRun ReadRun(string?[] r) => new(
        r[2]!,
        Enum.Parse<ScheduleRunStatus>(r[3]!),
        (int)ClickHouseDatabase.Number(r[4]),
        ClickHouseDatabase.Instant(r[5]),
        ClickHouseDatabase.InstantOrNull(r[6]),
        r[7],
        r[8]!,
        ClickHouseDatabase.InstantOrNull(r[9]));

    private static StoreException ScheduleTaken(string name) => new($"The workspace already has a schedule named '{name}'.");

    // An instant as the store keeps it: whole microseconds.
    private static DateTimeOffset Exact(DateTimeOffset at) => ClickHouseDatabase.FromMicros(ClickHouseDatabase.Micros(at));

    private static long? Micros(DateTimeOffset? at) => at is { } t ? ClickHouseDatabase.Micros(t) : null;

    private static string Join(IEnumerable<string> items) => string.Join('\n', items);

    private static string[] Split(string text) => text.Length == 0 ? [] : text.Split('\n');

    private static string Person(string text) => new([.. text.Trim().ToLowerInvariant().Where(c => !char.IsControl(c))]);
}
