using System.Globalization;
using System.Security.Cryptography;
using Payoff.Core.Collect;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.ClickHouse.Adapters;

/// <summary>The sites workspaces track, on the state node. A domain is claimed once across all workspaces.</summary>
internal sealed class ClickHouseSiteStore(ClickHouseDatabase db) : ISiteStore
{
    private readonly StateTable table = new(db, "sites", "id", "workspace_id", "domain", "site_key", "identity_mode", "honour_dnt", "created_at");

    /// <inheritdoc />
    public async Task<Site> AddAsync(Workspace workspace, string domain, IdentityMode identity, bool honourDoNotTrack, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        if ((await AllAsync(cancellationToken).ConfigureAwait(false)).Any(s => s.Domain == domain))
        {
            throw Taken(domain);
        }

        var id = await db.NextIdAsync("site_ids").ConfigureAwait(false);
        if (!await db.ClaimAsync("site-domain", domain, id.ToString(CultureInfo.InvariantCulture), db.RowHolds("sites")).ConfigureAwait(false))
        {
            throw Taken(domain);
        }

        var site = new Site(id, workspace.Id, domain, "s_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), identity, honourDoNotTrack, db.Time.GetUtcNow());
        await table.PutAsync(Row(site)).ConfigureAwait(false);
        return site;
    }

    /// <inheritdoc />
    public async Task<Site> UpdateAsync(Site site, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(site);
        var stored = (await table.ReadAsync("WHERE id = $1", string.Empty, site.Id).ConfigureAwait(false)).Select(Read).FirstOrDefault();
        if (stored is not null)
        {
            await table.PutAsync(Row(stored with { Identity = site.Identity, HonourDoNotTrack = site.HonourDoNotTrack })).ConfigureAwait(false);
        }

        return site;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Site>> ListAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return (await table.ReadAsync("WHERE workspace_id = $1", string.Empty, workspace.Id).ConfigureAwait(false)).Select(Read).OrderBy(s => s.Domain, StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Site>> AllAsync(CancellationToken cancellationToken = default) =>
        (await table.ReadAsync(string.Empty, "ORDER BY id").ConfigureAwait(false)).Select(Read).ToList();

    private static StoreException Taken(string domain) => new($"The site {domain} is registered already; 'payoff site list' shows its script tag.");

    private static object?[] Row(Site s) =>
        [s.Id, s.WorkspaceId, s.Domain, s.SiteKey, s.Identity.ToString().ToLowerInvariant(), s.HonourDoNotTrack, ClickHouseDatabase.Micros(s.CreatedAt)];

    private static Site Read(string?[] r) => new(
        ClickHouseDatabase.Number(r[0]),
        ClickHouseDatabase.Number(r[1]),
        r[2]!,
        r[3]!,
        Enum.Parse<IdentityMode>(r[4]!, ignoreCase: true),
        ClickHouseDatabase.Flag(r[5]),
        ClickHouseDatabase.Instant(r[6]));
}
