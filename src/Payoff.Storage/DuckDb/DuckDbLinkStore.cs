using Payoff.Core.Links;
using Payoff.Core.Workspaces;
using Payoff.Core.Stores;

namespace Payoff.Storage.DuckDb;

/// <summary>Tracked short links. Slugs are unique across the whole database, because <c>/l/{slug}</c> names no workspace.</summary>
public sealed class DuckDbLinkStore(DuckDbDatabase db) : ILinkStore
{
    private const string Columns = "id, workspace_id, slug, destination, source, medium, campaign, content, term, enabled, created_at";

    /// <summary>Stores a new link.</summary>
    /// <exception cref="StoreException">The slug is taken.</exception>
    internal TrackedLink Add(Workspace workspace, string slug, string destination, LinkTags tags)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(tags);
        if (FindBySlug(slug) is not null)
        {
            throw new StoreException($"The slug '{slug}' is taken; choose another or leave --slug out for a random one.");
        }

        var link = new TrackedLink(db.Scalar<long>("SELECT nextval('link_ids')"), slug, destination, tags, true, db.Time.GetUtcNow());
        db.Execute(
            $"INSERT INTO links ({Columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
            link.Id,
            workspace.Id,
            link.Slug,
            link.Destination,
            tags.Source,
            tags.Medium,
            tags.Campaign,
            tags.Content,
            tags.Term,
            true,
            link.CreatedAt);
        return link;
    }

    /// <summary>Enables or disables a link of the workspace; false when it has no such link.</summary>
    internal bool SetEnabled(Workspace workspace, string slug, bool enabled)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return db.Execute("UPDATE links SET enabled = $3 WHERE workspace_id = $1 AND slug = $2", workspace.Id, slug, enabled) > 0;
    }

    /// <summary>The workspace's links, newest first.</summary>
    internal IReadOnlyList<TrackedLink> List(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Read("WHERE workspace_id = $1 ORDER BY id DESC", workspace.Id).Select(l => l.Link).ToList();
    }

    /// <summary>The link with this slug in any workspace, with its workspace id.</summary>
    internal (TrackedLink Link, long WorkspaceId)? FindBySlug(string slug) =>
        Read("WHERE slug = $1", slug).Select(l => ((TrackedLink Link, long WorkspaceId)?)l).FirstOrDefault();

    private List<(TrackedLink Link, long WorkspaceId)> Read(string where, params object?[] parameters)
    {
        using var command = db.Command($"SELECT {Columns} FROM links {where}", parameters);
        using var reader = command.ExecuteReader();
        var links = new List<(TrackedLink, long)>();
        while (reader.Read())
        {
            var tags = new LinkTags(
                reader.GetString(4),
                reader.GetString(5),
                reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8));
            links.Add((new TrackedLink(reader.GetInt64(0), reader.GetString(2), reader.GetString(3), tags, reader.GetBoolean(9), DuckDbDatabase.FromDb(reader.GetDateTime(10))), reader.GetInt64(1)));
        }

        return links;
    }

    /// <inheritdoc />
    Task<TrackedLink> ILinkStore.AddAsync(Workspace workspace, string slug, string destination, LinkTags tags, CancellationToken cancellationToken) => Sync.Run(() => Add(workspace, slug, destination, tags), cancellationToken);

    /// <inheritdoc />
    Task<bool> ILinkStore.SetEnabledAsync(Workspace workspace, string slug, bool enabled, CancellationToken cancellationToken) => Sync.Run(() => SetEnabled(workspace, slug, enabled), cancellationToken);

    /// <inheritdoc />
    Task<IReadOnlyList<TrackedLink>> ILinkStore.ListAsync(Workspace workspace, CancellationToken cancellationToken) => Sync.Run(() => List(workspace), cancellationToken);

    /// <inheritdoc />
    Task<(TrackedLink Link, long WorkspaceId)?> ILinkStore.FindBySlugAsync(string slug, CancellationToken cancellationToken) => Sync.Run(() => FindBySlug(slug), cancellationToken);
}
