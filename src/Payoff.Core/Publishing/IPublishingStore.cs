using Payoff.Core.Workspaces;

namespace Payoff.Core.Publishing;

/// <summary>
/// Reporting that runs itself: user-made report templates, white-label settings, schedules and their sends, share links,
/// the archive of report files and alert rules — per workspace.
/// </summary>
/// <remarks>
/// Every adapter honours:
/// <list type="bullet">
/// <item>Names (templates, schedules) are unique per workspace; adding a taken one throws <see cref="Stores.StoreException"/>.</item>
/// <item>A schedule's run is one row per schedule and period key, replaced by <see cref="SaveRunAsync"/>: state survives restarts,
/// so a period is sent once (<see cref="ScheduleRunStatus.Sent"/>) whatever the number of processes that start.</item>
/// <item>Share links are found by the SHA-256 of their token only; the token itself is never stored.</item>
/// <item>Archived files keep their bytes until an erasure request (<see cref="EraseFromArchiveAsync"/>) deletes them; the row stays,
/// with its size 0 and the time of the erasure.</item>
/// <item>Times are UTC instants; lists keep their order.</item>
/// </list>
/// </remarks>
public interface IPublishingStore
{
    /// <summary>The workspace's own templates by name (the built-in ones are not stored).</summary>
    Task<IReadOnlyList<ReportTemplate>> TemplatesAsync(Workspace workspace, CancellationToken cancellationToken = default);

    /// <summary>Adds <paramref name="reportTemplate"/>, or with <paramref name="replace"/> replaces the stored one of its name.</summary>
    /// <exception cref="Stores.StoreException">Adding: the name is taken. Replacing: no template has the name.</exception>
    Task SaveTemplateAsync(Workspace workspace, ReportTemplate reportTemplate, bool replace, CancellationToken cancellationToken = default);

    /// <summary>Removes the workspace's own template named <paramref name="name"/> (ordinal, as stored); false when none has the name.</summary>
    Task<bool> RemoveTemplateAsync(Workspace workspace, string name, CancellationToken cancellationToken = default);

    /// <summary>The workspace's white-label settings (<see cref="WorkspaceBranding.None"/> before any are saved).</summary>
    Task<WorkspaceBranding> BrandingAsync(Workspace workspace, CancellationToken cancellationToken = default);

    /// <summary>Replaces the workspace's white-label settings.</summary>
    Task SetBrandingAsync(Workspace workspace, WorkspaceBranding branding, CancellationToken cancellationToken = default);

    /// <summary>Adds a schedule, enabled, created now.</summary>
    /// <exception cref="Stores.StoreException">The name is taken.</exception>
    Task<ReportSchedule> AddScheduleAsync(Workspace workspace, ScheduleSpec spec, CancellationToken cancellationToken = default);

    /// <summary>The workspace's schedules by name, each with its latest run.</summary>
    Task<IReadOnlyList<ReportSchedule>> SchedulesAsync(Workspace workspace, CancellationToken cancellationToken = default);

    /// <summary>Pauses or resumes a schedule; false when the workspace has no schedule <paramref name="id"/>.</summary>
    Task<bool> SetScheduleEnabledAsync(Workspace workspace, long id, bool enabled, CancellationToken cancellationToken = default);

    /// <summary>Removes a schedule and its runs; false when there is none.</summary>
    Task<bool> RemoveScheduleAsync(Workspace workspace, long id, CancellationToken cancellationToken = default);

    /// <summary>The schedule's run for the period, or null.</summary>
    Task<ScheduleRun?> RunAsync(Workspace workspace, long scheduleId, string periodKey, CancellationToken cancellationToken = default);

    /// <summary>Stores the run of its schedule and period, replacing the one stored; it becomes the schedule's latest when its period is the latest.</summary>
    Task SaveRunAsync(Workspace workspace, long scheduleId, ScheduleRun run, CancellationToken cancellationToken = default);

    /// <summary>Adds a share link known by <paramref name="tokenHash"/> (<see cref="ShareTokens.Hash"/>).</summary>
    Task<ShareLink> AddShareAsync(Workspace workspace, string tokenHash, ShareSpec spec, string createdBy, CancellationToken cancellationToken = default);

    /// <summary>The workspace's share links, newest first.</summary>
    Task<IReadOnlyList<ShareLink>> SharesAsync(Workspace workspace, CancellationToken cancellationToken = default);

    /// <summary>Revokes a link at <paramref name="at"/>; false when there is none or it was revoked already.</summary>
    Task<bool> RevokeShareAsync(Workspace workspace, long id, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>The link with <paramref name="tokenHash"/> and its workspace's id, live or not, or null.</summary>
    Task<(long WorkspaceId, ShareLink Link)?> FindShareAsync(string tokenHash, CancellationToken cancellationToken = default);

    /// <summary>Logs an opening of a link (its time and the client's user agent, cut to 200 characters) and moves its last use.</summary>
    Task RecordShareOpenAsync(long workspaceId, long id, DateTimeOffset at, string? userAgent, CancellationToken cancellationToken = default);

    /// <summary>Keeps a report file with who it went to.</summary>
    Task<ArchivedReport> ArchiveAsync(Workspace workspace, ArchiveEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The workspace's archived files, newest first, without their bytes.</summary>
    Task<IReadOnlyList<ArchivedReport>> ArchiveListAsync(Workspace workspace, CancellationToken cancellationToken = default);

    /// <summary>An archived file with its bytes (empty once erased), or null.</summary>
    Task<(ArchivedReport Report, byte[] Content)?> ArchiveFileAsync(Workspace workspace, long id, CancellationToken cancellationToken = default);

    /// <summary>
    /// An erasure request: deletes the bytes of every archived file that names <paramref name="person"/> (compared lower case
    /// with <see cref="ArchiveEntry.People"/> and the recipients) and replaces the address among the recipients with
    /// <c>(erased)</c>. Returns how many files changed.
    /// </summary>
    Task<int> EraseFromArchiveAsync(Workspace workspace, string person, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Sets the workspace's rule of <paramref name="kind"/> (adding it, or replacing its recipients and state of pause).</summary>
    Task<AlertRule> SetAlertAsync(Workspace workspace, AlertKind kind, IReadOnlyList<string> recipients, bool enabled, CancellationToken cancellationToken = default);

    /// <summary>The workspace's alert rules, in <see cref="AlertKind"/> order.</summary>
    Task<IReadOnlyList<AlertRule>> AlertsAsync(Workspace workspace, CancellationToken cancellationToken = default);

    /// <summary>Records a check: the subjects holding now (each with the time it started to), when, and the last e-mail's outcome.</summary>
    Task SaveAlertCheckAsync(Workspace workspace, long id, IReadOnlyDictionary<string, DateTimeOffset> holding, DateTimeOffset checkedAt, string? lastResult, CancellationToken cancellationToken = default);

    /// <summary>Removes the rule of <paramref name="kind"/>; false when there is none.</summary>
    Task<bool> RemoveAlertAsync(Workspace workspace, AlertKind kind, CancellationToken cancellationToken = default);
}
