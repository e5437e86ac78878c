using System.Globalization;
using Payoff.Core.Links;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.ClickHouse.Adapters;

/// <summary>Tracked short links on the state node. A slug is claimed once across all workspaces (<c>/l/{slug}</c> names none).</summary>
internal sealed class ClickHouseLinkStore(ClickHouseDatabase db) : ILinkStore
{
    private readonly StateTable table = new(db, "links", "id", "workspace_id", "slug", "destination", "source", "medium", "campaign", "content", "term", "enabled", "created_at");

    /// <inheritdoc />
    public async Task<TrackedLink> AddAsync(Workspace workspace, string slug, string destination, LinkTags tags, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(tags);
        if (await FindBySlugAsync(slug, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw Taken(slug);
        }

        var id = await db.NextIdAsync("link_ids").ConfigureAwait(false);
        if (!await db.ClaimAsync("link-slug", slug, id.ToString(CultureInfo.InvariantCulture), db.RowHolds("links")).ConfigureAwait(false))
        {
            throw Taken(slug);
        }

        var link = new TrackedLink(id, slug, destination, tags, true, db.Time.GetUtcNow());
        await table.PutAsync(Row(link, workspace.Id)).ConfigureAwait(false);
        return link;
    }

    /// <inheritdoc />
    public async Task<bool> SetEnabledAsync(Workspace workspace, string slug, bool enabled, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var found = (await table.ReadAsync("WHERE workspace_id = $1 AND slug = $2", string.Empty, workspace.Id, slug).ConfigureAwait(false)).Select(Read).ToList();
        if (found.Count == 0)
        {
            return false;
        }

        await table.PutAsync(Row(found[0].Link with { Enabled = enabled }, found[0].WorkspaceId)).ConfigureAwait(false);
        return true;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TrackedLink>> ListAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return (await table.ReadAsync("WHERE workspace_id = $1", "ORDER BY id DESC", workspace.Id).ConfigureAwait(false)).Select(r => Read(r).Link).ToList();
    }

    /// <inheritdoc />
    public async Task<(TrackedLink Link, long WorkspaceId)?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        (await table.ReadAsync("WHERE slug = $1", string.Empty, slug).ConfigureAwait(false)).Select(r => ((TrackedLink, long)?)Read(r)).FirstOrDefault();

    private static StoreException Taken(string slug) => new($"The slug '{slug}' is taken; choose another or leave --slug out for a random one.");

    private static object?[] Row(TrackedLink l, long workspaceId) =>
        [l.Id, workspaceId, l.Slug, l.Destination, l.Tags.Source, l.Tags.Medium, l.Tags.Campaign, l.Tags.Content, l.Tags.Term, l.Enabled, ClickHouseDatabase.Micros(l.CreatedAt)];

    private static (TrackedLink Link, long WorkspaceId) Read(string?[] r) =>
        (new TrackedLink(
            ClickHouseDatabase.Number(r[0]),
            r[2]!,
            r[3]!,
            new LinkTags(r[4]!, r[5]!, r[6]!, r[7], r[8]),
            ClickHouseDatabase.Flag(r[9]),
            ClickHouseDatabase.Instant(r[10])), ClickHouseDatabase.Number(r[1]));
}
