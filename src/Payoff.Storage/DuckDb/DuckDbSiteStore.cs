using System.Security.Cryptography;
using Payoff.Core.Collect;
using Payoff.Core.Workspaces;
using Payoff.Core.Stores;

namespace Payoff.Storage.DuckDb;

/// <summary>The sites workspaces track. A domain belongs to one workspace; site keys are unique.</summary>
public sealed class DuckDbSiteStore(DuckDbDatabase db) : ISiteStore
{
    private const string Columns = "id, workspace_id, domain, site_key, identity_mode, honour_dnt, created_at";

    /// <summary>Registers <paramref name="domain"/> (already normalised) for the workspace with a new site key.</summary>
    /// <exception cref="StoreException">The domain is registered already.</exception>
    internal Site Add(Workspace workspace, string domain, IdentityMode identity, bool honourDoNotTrack)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        if (db.Scalar<long>("SELECT count(*) FROM sites WHERE domain = $1", domain) > 0)
        {
            throw new StoreException($"The site {domain} is registered already; 'payoff site list' shows its script tag.");
        }

        var site = new Site(
            db.Scalar<long>("SELECT nextval('site_ids')"),
            workspace.Id,
            domain,
            "s_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
            identity,
            honourDoNotTrack,
            db.Time.GetUtcNow());
        db.Execute(
            $"INSERT INTO sites ({Columns}) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            site.Id,
            site.WorkspaceId,
            site.Domain,
            site.SiteKey,
            site.Identity.ToString().ToLowerInvariant(),
            site.HonourDoNotTrack,
            site.CreatedAt);
        return site;
    }

    /// <summary>Changes a site's identity mode and Do-Not-Track choice.</summary>
    internal Site Update(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        db.Execute("UPDATE sites SET identity_mode = $2, honour_dnt = $3 WHERE id = $1", site.Id, site.Identity.ToString().ToLowerInvariant(), site.HonourDoNotTrack);
        return site;
    }

    /// <summary>The workspace's sites, by domain.</summary>
    internal IReadOnlyList<Site> List(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Read("WHERE workspace_id = $1 ORDER BY domain", workspace.Id);
    }

    /// <summary>Every site of every workspace (the live service caches them by key).</summary>
    internal IReadOnlyList<Site> All() => Read("ORDER BY id");

    private List<Site> Read(string where, params object?[] parameters)
    {
        using var command = db.Command($"SELECT {Columns} FROM sites {where}", parameters);
        using var reader = command.ExecuteReader();
        var sites = new List<Site>();
        while (reader.Read())
        {
            sites.Add(new Site(
                reader.GetInt64(0),
                reader.GetInt64(1),
                reader.GetString(2),
                reader.GetString(3),
                Enum.Parse<IdentityMode>(reader.GetString(4), ignoreCase: true),
                reader.GetBoolean(5),
                DuckDbDatabase.FromDb(reader.GetDateTime(6))));
        }

        return sites;
    }

    /// <inheritdoc />
    Task<Site> ISiteStore.AddAsync(Workspace workspace, string domain, IdentityMode identity, bool honourDoNotTrack, CancellationToken cancellationToken) => Sync.Run(() => Add(workspace, domain, identity, honourDoNotTrack), cancellationToken);

    /// <inheritdoc />
    Task<Site> ISiteStore.UpdateAsync(Site site, CancellationToken cancellationToken) => Sync.Run(() => Update(site), cancellationToken);

    /// <inheritdoc />
    Task<IReadOnlyList<Site>> ISiteStore.ListAsync(Workspace workspace, CancellationToken cancellationToken) => Sync.Run(() => List(workspace), cancellationToken);

    /// <inheritdoc />
    Task<IReadOnlyList<Site>> ISiteStore.AllAsync(CancellationToken cancellationToken) => Sync.Run(() => All(), cancellationToken);
}
