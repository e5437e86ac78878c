using System.Globalization;
using Payoff.Application.Requests;
using Payoff.Core.Publishing;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Publishing;

/// <summary>A share link as just created: the link and its token, shown once (only its hash is stored).</summary>
/// <param name="Link">The stored link.</param>
/// <param name="Token">The token for <c>/share/{token}</c>.</param>
public sealed record CreatedShare(ShareLink Link, string Token);

/// <summary>What a share link opens: the workspace, the link, and the template it shows (a page is shown as its sections).</summary>
/// <param name="Workspace">The link's workspace.</param>
/// <param name="Link">The link.</param>
/// <param name="Template">The template shown, or the page's sections as one.</param>
/// <param name="Period">The days shown today.</param>
public sealed record OpenedShare(Workspace Workspace, ShareLink Link, ReportTemplate Template, DateRange Period);

/// <summary>
/// Read-only share links for clients (<c>payoff share create|list|revoke</c>, the settings page): 256-bit tokens stored as
/// SHA-256, expiring (30 days by default, at most 366), revocable, each opening logged with its time.
/// </summary>
/// <param name="store">The store a session is opened on.</param>
/// <param name="time">The clock.</param>
public sealed class SharesHandler(IStore store, TimeProvider time) : IApplicationHandler
{
    /// <summary>The default lifetime of a link: 30 days.</summary>
    public const int DefaultDays = 30;

    /// <summary>
    /// Creates a link to <c>template</c> or <c>page</c> (overview, sources, roi, goals, attribution, content, conversations, advocates)
    /// for <c>range</c> (rolling, default the template's or last-month) or fixed <c>from</c>/<c>to</c>, living <c>days</c> days, with a <c>label</c>.
    /// </summary>
    /// <exception cref="RequestException">Both or neither of template and page, an unknown one, a wrong period or lifetime (field named).</exception>
    public async Task<CreatedShare> CreateAsync(Workspace workspace, RequestValues values, string createdBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(values);
        await using var session = await store.OpenSessionAsync(cancellationToken);
        var templateName = values.Get("template");
        var page = values.Get("page")?.Trim().ToLowerInvariant();
        if ((templateName is null) == (page is null))
        {
            throw new RequestException("template", $"Give {values.Name("template")} or {values.Name("page")}, one of them.");
        }

        ReportTemplate? template = null;
        if (templateName is not null)
        {
            template = await TemplatesHandler.FindAsync(session, workspace, templateName, cancellationToken);
        }
        else if (!SharePages.Sections.ContainsKey(page!))
        {
            throw new RequestException("page", $"{values.Name("page")} must be one of {string.Join(", ", SharePages.Sections.Keys)}, not '{Text.Visible(page!)}'.");
        }

        ReportRange? range = null;
        DateRange? days = null;
        if (values.Get("from") is not null || values.Get("to") is not null)
        {
            if (values.Get("range") is not null)
            {
                throw new RequestException("range", $"Give {values.Name("range")} or {values.Name("from")}/{values.Name("to")}, not both.");
            }

            days = ReportPeriod.Parse(values, workspace, time);
        }
        else
        {
            range = values.Get("range") is { } r
                ? ReportRanges.Find(r) ?? throw new RequestException("range", $"{values.Name("range")} must be one of {string.Join(", ", ReportRanges.All.Select(ReportRanges.Name))}, not '{Text.Visible(r)}'.")
                : template?.Range ?? ReportRange.LastMonth;
        }

        var lifetime = RequestNumber.Whole(values, "days", DefaultDays);
        if (lifetime < 1 || lifetime > ShareSpec.MaxLifetime.TotalDays)
        {
            throw new RequestException("days", string.Create(CultureInfo.InvariantCulture, $"{values.Name("days")} must be 1 to {ShareSpec.MaxLifetime.TotalDays:0}: a link expires."));
        }

        var label = values.Get("label")?.Trim();
        if (label is { Length: > 120 } || (label?.Any(char.IsControl) ?? false))
        {
            throw new RequestException("label", $"{values.Name("label")} is at most 120 characters on one line.");
        }

        var token = ShareTokens.Create();
        var spec = new ShareSpec(template?.Name, template is null ? page : null, range, days, time.GetUtcNow().AddDays(lifetime), string.IsNullOrEmpty(label) ? null : label);
        var link = await session.Publishing.AddShareAsync(workspace, ShareTokens.Hash(token), spec, createdBy, cancellationToken);
        return new CreatedShare(link, token);
    }

    /// <summary>The workspace's links, newest first.</summary>
    public async Task<IReadOnlyList<ShareLink>> ListAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken);
        return await session.Publishing.SharesAsync(workspace, cancellationToken);
    }

    /// <summary>Revokes link <paramref name="id"/>; false when the workspace has no such live link.</summary>
    public async Task<bool> RevokeAsync(Workspace workspace, long id, CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken);
        return await session.Publishing.RevokeShareAsync(workspace, id, time.GetUtcNow(), cancellationToken);
    }

    /// <summary>
    /// Opens <paramref name="token"/> in <paramref name="session"/>: null when it is malformed, unknown, revoked or expired (the
    /// caller answers 404 alike, so nothing tells them apart); else logs the opening and gives what to show.
    /// </summary>
    public async Task<OpenedShare?> OpenAsync(IStoreSession session, string? token, string? userAgent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (!ShareTokens.IsWellFormed(token) || await session.Publishing.FindShareAsync(ShareTokens.Hash(token!), cancellationToken) is not { } found)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var workspace = (await session.Workspaces.ListAsync(cancellationToken)).FirstOrDefault(w => w.Id == found.WorkspaceId);
        if (workspace is null || !found.Link.IsLive(now))
        {
            return null;
        }

        var spec = found.Link.Spec;
        ReportTemplate template;
        if (spec.Template is { } name)
        {
            var all = await TemplatesHandler.ListAsync(session, workspace, cancellationToken);
            if (all.FirstOrDefault(t => t.Name == name) is not { } kept)
            {
                return null;
            }

            template = kept;
        }
        else
        {
            template = new ReportTemplate($"page-{spec.Page}", char.ToUpperInvariant(spec.Page![0]) + spec.Page[1..], SharePages.Sections[spec.Page], spec.Range ?? ReportRange.LastMonth);
        }

        await session.Publishing.RecordShareOpenAsync(found.WorkspaceId, found.Link.Id, now, userAgent, cancellationToken);
        return new OpenedShare(workspace, found.Link, template, spec.DaysOn(workspace.Calendar.Today(time)));
    }
}
