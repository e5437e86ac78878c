using System.Data.Common;
using Payoff.Core.Publishing;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>Share links, the archive and alert rules.</summary>
public sealed partial class DuckDbPublishingStore
{
    private const string ShareColumns = "id, template, page, range_name, from_day, to_day, expires_at, label, created_by, created_at, revoked_at, last_used_at, opens";

    private const string ArchiveColumns = "id, file_name, content_type, octet_length(content), template, from_day, to_day, channel, recipients, made_by, created_at, erased_at";

    /// <inheritdoc />
    public Task<ShareLink> AddShareAsync(Workspace workspace, string tokenHash, ShareSpec spec, string createdBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(spec);
        return Sync.Run(() =>
        {
            var now = db.Time.GetUtcNow();
            var id = db.Scalar<long>(
                "INSERT INTO share_links (workspace_id, token_hash, template, page, range_name, from_day, to_day, expires_at, label, created_by, created_at, opens) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 0) RETURNING id",
                workspace.Id, tokenHash, spec.Template, spec.Page, spec.Range is { } range ? ReportRanges.Name(range) : null,
                spec.Days?.From.ToDateTime(TimeOnly.MinValue), spec.Days?.To.ToDateTime(TimeOnly.MinValue), DuckDbDatabase.ToDb(spec.ExpiresAt), spec.Label, createdBy, DuckDbDatabase.ToDb(now));
            return new ShareLink(id, spec with { ExpiresAt = DuckDbDatabase.Truncated(spec.ExpiresAt) }, createdBy, DuckDbDatabase.Truncated(now), null, null, 0);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ShareLink>> SharesAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Sync.Run<IReadOnlyList<ShareLink>>(() => db.Query($"SELECT {ShareColumns} FROM share_links WHERE workspace_id = $1 ORDER BY id DESC", ReadShare, workspace.Id), cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> RevokeShareAsync(Workspace workspace, long id, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Sync.Run(() => db.Execute("UPDATE share_links SET revoked_at = $3 WHERE workspace_id = $1 AND id = $2 AND revoked_at IS NULL", workspace.Id, id, DuckDbDatabase.ToDb(at)) > 0, cancellationToken);
    }

    /// <inheritdoc />
    public Task<(long WorkspaceId, ShareLink Link)?> FindShareAsync(string tokenHash, CancellationToken cancellationToken = default) =>
        Sync.Run(
            () => db.Query($"SELECT workspace_id, {ShareColumns} FROM share_links WHERE token_hash = $1", r => ((long WorkspaceId, ShareLink Link)?)(r.GetInt64(0), ReadShare(r, 1)), tokenHash).FirstOrDefault(),
            cancellationToken);

    /// <inheritdoc />
    public Task RecordShareOpenAsync(long workspaceId, long id, DateTimeOffset at, string? userAgent, CancellationToken cancellationToken = default) =>
        Sync.Run(() => db.InTransaction(() =>
        {
            db.Execute("INSERT INTO share_opens VALUES ($1, $2, $3, $4)", workspaceId, id, DuckDbDatabase.ToDb(at), userAgent is null ? null : userAgent[..Math.Min(200, userAgent.Length)]);
            return db.Execute("UPDATE share_links SET last_used_at = $3, opens = opens + 1 WHERE workspace_id = $1 AND id = $2", workspaceId, id, DuckDbDatabase.ToDb(at));
        }), cancellationToken);

    /// <inheritdoc />
    public Task<ArchivedReport> ArchiveAsync(Workspace workspace, ArchiveEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(entry);
        return Sync.Run(() =>
        {
            var now = db.Time.GetUtcNow();
            var id = db.Scalar<long>(
                "INSERT INTO report_archive (workspace_id, file_name, content_type, content, template, from_day, to_day, channel, recipients, made_by, people, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
                workspace.Id, entry.FileName, entry.ContentType, entry.Content, entry.Template, entry.Period.From.ToDateTime(TimeOnly.MinValue), entry.Period.To.ToDateTime(TimeOnly.MinValue),
                entry.Channel.ToString(), Join(entry.Recipients), entry.By, Join(entry.People.Select(p => Person(p))), DuckDbDatabase.ToDb(now));
            return new ArchivedReport(id, entry.FileName, entry.ContentType, entry.Content.Length, entry.Template, entry.Period, entry.Channel, entry.Recipients, entry.By, DuckDbDatabase.Truncated(now), null);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ArchivedReport>> ArchiveListAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Sync.Run<IReadOnlyList<ArchivedReport>>(() => db.Query($"SELECT {ArchiveColumns} FROM report_archive WHERE workspace_id = $1 ORDER BY id DESC", ReadArchived, workspace.Id), cancellationToken);
    }

    /// <inheritdoc />
    public Task<(ArchivedReport Report, byte[] Content)?> ArchiveFileAsync(Workspace workspace, long id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Sync.Run(
            () => db.Query($"SELECT {ArchiveColumns}, content FROM report_archive WHERE workspace_id = $1 AND id = $2", r => ((ArchivedReport, byte[])?)(ReadArchived(r), Bytes(r, 12)), workspace.Id, id).FirstOrDefault(),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> EraseFromArchiveAsync(Workspace workspace, string person, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentException.ThrowIfNullOrWhiteSpace(person);
        var wanted = Person(person);
        return Sync.Run(() => db.InTransaction(() =>
        {
            var rows = db.Query("SELECT id, recipients, people FROM report_archive WHERE workspace_id = $1", r => (Id: r.GetInt64(0), Recipients: Split(r.GetString(1)), People: Split(r.GetString(2))), workspace.Id);
            var changed = 0;
            foreach (var row in rows.Where(r => r.People.Contains(wanted) || r.Recipients.Any(x => Person(x) == wanted)))
            {
                var recipients = row.Recipients.Select(x => Person(x) == wanted ? "(erased)" : x);
                db.Execute(
                    "UPDATE report_archive SET content = ''::BLOB, recipients = $3, people = '', erased_at = coalesce(erased_at, $4) WHERE workspace_id = $1 AND id = $2",
                    workspace.Id, row.Id, Join(recipients), DuckDbDatabase.ToDb(at));
                changed++;
            }

            return changed;
        }), cancellationToken);
    }

    /// <inheritdoc />
    public Task<AlertRule> SetAlertAsync(Workspace workspace, AlertKind kind, IReadOnlyList<string> recipients, bool enabled, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(recipients);
        return Sync.Run(() => db.InTransaction(() =>
        {
            var updated = db.Execute("UPDATE alert_rules SET recipients = $3, enabled = $4 WHERE workspace_id = $1 AND kind = $2", workspace.Id, kind.ToString(), Join(recipients), enabled);
            if (updated == 0)
            {
                db.Execute("INSERT INTO alert_rules (workspace_id, kind, recipients, enabled) VALUES ($1, $2, $3, $4)", workspace.Id, kind.ToString(), Join(recipients), enabled);
            }

            return Alerts(workspace).Single(a => a.Kind == kind);
        }), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AlertRule>> AlertsAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Sync.Run<IReadOnlyList<AlertRule>>(() => Alerts(workspace), cancellationToken);
    }

    /// <inheritdoc />
    public Task SaveAlertCheckAsync(Workspace workspace, long id, IReadOnlyDictionary<string, DateTimeOffset> holding, DateTimeOffset checkedAt, string? lastResult, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(holding);
        return Sync.Run(() => db.InTransaction(() =>
        {
            db.Execute("DELETE FROM alert_holding WHERE workspace_id = $1 AND rule_id = $2", workspace.Id, id);
            foreach (var (subject, since) in holding)
            {
                db.Execute("INSERT INTO alert_holding VALUES ($1, $2, $3, $4)", workspace.Id, id, subject, DuckDbDatabase.ToDb(since));
            }

            return db.Execute("UPDATE alert_rules SET checked_at = $3, last_result = coalesce($4, last_result) WHERE workspace_id = $1 AND id = $2", workspace.Id, id, DuckDbDatabase.ToDb(checkedAt), lastResult);
        }), cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> RemoveAlertAsync(Workspace workspace, AlertKind kind, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Sync.Run(() => db.InTransaction(() =>
        {
            db.Execute("DELETE FROM alert_holding WHERE workspace_id = $1 AND rule_id IN (SELECT id FROM alert_rules WHERE workspace_id = $1 AND kind = $2)", workspace.Id, kind.ToString());
            return db.Execute("DELETE FROM alert_rules WHERE workspace_id = $1 AND kind = $2", workspace.Id, kind.ToString()) > 0;
        }), cancellationToken);
    }

    private List<AlertRule> Alerts(Workspace workspace)
    {
        var holding = db.Query("SELECT rule_id, subject, since FROM alert_holding WHERE workspace_id = $1", r => (Rule: r.GetInt64(0), Subject: r.GetString(1), Since: DuckDbDatabase.FromDb(r.GetDateTime(2))), workspace.Id)
            .GroupBy(h => h.Rule)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, DateTimeOffset>)g.ToDictionary(h => h.Subject, h => h.Since, StringComparer.Ordinal));
        return [.. db.Query(
            "SELECT id, kind, recipients, enabled, checked_at, last_result FROM alert_rules WHERE workspace_id = $1",
            r => new AlertRule(
                r.GetInt64(0),
                Enum.Parse<AlertKind>(r.GetString(1)),
                Split(r.GetString(2)),
                r.GetBoolean(3),
                holding.GetValueOrDefault(r.GetInt64(0)) ?? new Dictionary<string, DateTimeOffset>(),
                r.IsDBNull(4) ? null : DuckDbDatabase.FromDb(r.GetDateTime(4)),
                Text(r, 5)),
            workspace.Id).OrderBy(a => a.Kind)];
    }

    private static ShareLink ReadShare(DbDataReader r) => ReadShare(r, 0);

    private static ShareLink ReadShare(DbDataReader r, int at)
    {
        var days = r.IsDBNull(at + 4) ? null : new DateRange(DateOnly.FromDateTime(r.GetDateTime(at + 4)), DateOnly.FromDateTime(r.GetDateTime(at + 5)));
        var spec = new ShareSpec(Text(r, at + 1), Text(r, at + 2), r.IsDBNull(at + 3) ? null : ReportRanges.Find(r.GetString(at + 3)), days, DuckDbDatabase.FromDb(r.GetDateTime(at + 6)), Text(r, at + 7));
        return new ShareLink(
            r.GetInt64(at),
            spec,
            r.GetString(at + 8),
            DuckDbDatabase.FromDb(r.GetDateTime(at + 9)),
            r.IsDBNull(at + 10) ? null : DuckDbDatabase.FromDb(r.GetDateTime(at + 10)),
            r.IsDBNull(at + 11) ? null : DuckDbDatabase.FromDb(r.GetDateTime(at + 11)),
            r.GetInt64(at + 12));
    }

    private static ArchivedReport ReadArchived(DbDataReader r) => new(
        r.GetInt64(0),
        r.GetString(1),
        r.GetString(2),
        r.GetInt64(3),
        r.GetString(4),
        new DateRange(DateOnly.FromDateTime(r.GetDateTime(5)), DateOnly.FromDateTime(r.GetDateTime(6))),
        Enum.Parse<ArchiveChannel>(r.GetString(7)),
        Split(r.GetString(8)),
        r.GetString(9),
        DuckDbDatabase.FromDb(r.GetDateTime(10)),
        r.IsDBNull(11) ? null : DuckDbDatabase.FromDb(r.GetDateTime(11)));

    private static string Person(string text) => new([.. text.Trim().ToLowerInvariant().Where(c => !char.IsControl(c))]);
}
