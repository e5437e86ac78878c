using Payoff.Core.Advocacy;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>The referral touches and their friends' facts (<see cref="IAdvocacyStore.ReadReferralsAsync"/>).</summary>
public sealed partial class DuckDbAdvocacyStore
{
    /// <summary>The code in a URL's <c>ref</c> parameter: what an advocate's code may hold (3 to 32 letters, digits, '-' or '_').</summary>
    private const string RefPattern = "'[?&]ref=([A-Za-z0-9_-]{3,32})(&|#|$)'";

    /// <summary>Sessions that landed with <c>ref=CODE</c> and clicks on short links whose destination carries one; each with its person.</summary>
    private static readonly string Touches = $"""
        {DuckDbJourneyReader.People},
        rt AS (
            SELECT upper(regexp_extract(s.landing_url, {RefPattern}, 1)) AS code, s.visitor_id, s.started_at AS ts, 'visit' AS kind, s.campaign, s.network, NULL AS source, NULL AS medium, NULL AS content
            FROM sessions s WHERE s.workspace_id = $1 AND s.landing_url LIKE '%ref=%'
            UNION ALL
            SELECT upper(regexp_extract(l.destination, {RefPattern}, 1)), k.visitor_id, k.ts, 'click', l.campaign, NULL, l.source, l.medium, l.content
            FROM link_clicks k JOIN links l ON l.id = k.link_id
            WHERE k.workspace_id = $1 AND k.drop_reason IS NULL AND l.destination LIKE '%ref=%'
            UNION ALL
            -- A page carrying the code inside a session (not its landing page), or a form that submitted it.
            SELECT upper(regexp_extract(e.url, {RefPattern}, 1)), e.visitor_id, e.ts, 'event', e.campaign, e.network, NULL, NULL, NULL
            FROM events e
            WHERE e.workspace_id = $1 AND e.url LIKE '%ref=%' AND e.type <> 'click' AND e.visitor_id IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.workspace_id = $1 AND s.visitor_id = e.visitor_id AND s.started_at = e.ts)),
        t AS (SELECT rt.*, coalesce(pv.person, '~visitor:' || rt.visitor_id) AS person FROM rt LEFT JOIN pv ON pv.visitor_id = rt.visitor_id WHERE rt.code <> ''),
        fp AS (SELECT DISTINCT person FROM t)
        """;

    /// <inheritdoc />
    public Task<ReferralData> ReadReferralsAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Sync.Run(() => ReadReferrals(workspace), cancellationToken);
    }

    private ReferralData ReadReferrals(Workspace workspace)
    {
        var id = workspace.Id;
        var touches = db.Query(
            $"WITH {Touches} SELECT code, person, visitor_id, ts, kind, campaign, network, source, medium, content FROM t ORDER BY ts, code, person, kind",
            r =>
            {
                var kind = r.GetString(4) switch { "click" => ReferralTouchKind.Click, "event" => ReferralTouchKind.Event, _ => ReferralTouchKind.Visit };
                var campaign = r.IsDBNull(5) ? null : r.GetString(5);
                var network = kind != ReferralTouchKind.Click
                    ? (r.IsDBNull(6) ? null : r.GetString(6))
                    : Core.Channels.ChannelClassifier.Default.Classify(
                        new Core.Tracking.UtmTags { Source = r.GetString(7), Medium = r.GetString(8), Campaign = campaign, Content = r.IsDBNull(9) ? null : r.GetString(9) }, null, null, null).Network;
                return new ReferralTouch(r.GetString(0), r.GetString(1), r.GetString(2), DuckDbDatabase.FromDb(r.GetDateTime(3)), kind, campaign, network);
            },
            id);
        if (touches.Count == 0)
        {
            return new ReferralData([], [], new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal));
        }

        var visitors = db.Query(
            $"""
            WITH {Touches}
            SELECT person, visitor_id FROM (
                SELECT pv.person, pv.visitor_id FROM pv WHERE pv.person IN (SELECT person FROM fp) OR pv.person IN (SELECT contact_id FROM advocates WHERE workspace_id = $1)
                UNION SELECT person, visitor_id FROM t)
            ORDER BY person, visitor_id
            """,
            r => (Person: r.GetString(0), Visitor: r.GetString(1)),
            id).ToLookup(v => v.Person, v => v.Visitor, StringComparer.Ordinal);
        var people = db.Query(
            $"""
            WITH {Touches}
            SELECT p.person_key, p.contact_id, p.contact_at, p.customer_at, c.created_at, c.import_id,
                   (SELECT list(e.import_id) FROM events e JOIN pv ON pv.visitor_id = e.visitor_id AND pv.person = p.person_key WHERE e.workspace_id = $1 AND e.ts = p.contact_at),
                   (SELECT list(e.import_id) FROM events e JOIN pv ON pv.visitor_id = e.visitor_id AND pv.person = p.person_key WHERE e.workspace_id = $1 AND e.ts = p.customer_at)
            FROM people p LEFT JOIN contacts c ON c.workspace_id = p.workspace_id AND c.contact_id = p.contact_id
            WHERE p.workspace_id = $1 AND p.person_key IN (SELECT person FROM fp)
            """,
            r =>
            {
                long? contactImport = r.IsDBNull(5) ? null : r.GetInt64(5);
                return (Key: r.GetString(0), Contact: r.IsDBNull(1) ? null : r.GetString(1), ContactAt: Instant(r, 2), CustomerAt: Instant(r, 3), CreatedAt: Instant(r, 4),
                    LeadImport: ImportOf(r, 6, contactImport), CustomerImport: ImportOf(r, 7, contactImport));
            },
            id).ToDictionary(p => p.Key, StringComparer.Ordinal);
        var purchases = db.Query(
            $"WITH {Touches} SELECT person_key, occurred_at, amount, currency FROM revenue WHERE workspace_id = $1 AND person_key IN (SELECT person FROM fp) ORDER BY person_key, occurred_at, amount",
            r => (Person: r.GetString(0), Purchase: new FriendPurchase(DuckDbDatabase.FromDb(r.GetDateTime(1)), r.GetDecimal(2), r.GetString(3))),
            id).ToLookup(p => p.Person, p => p.Purchase, StringComparer.Ordinal);
        var conversions = db.Query(
            $"""
            WITH {Touches}
            SELECT c.person_key, coalesce(c.name, c.type), c.occurred_at, c.value, c.currency, e.import_id
            FROM conversions c LEFT JOIN events e ON e.workspace_id = c.workspace_id AND e.event_id = c.ref
            WHERE c.workspace_id = $1 AND c.type = 'conversion' AND c.person_key IN (SELECT person FROM fp)
            ORDER BY c.person_key, c.occurred_at, c.ref
            """,
            r => (Person: r.GetString(0), Conversion: new FriendConversion(r.GetString(1), DuckDbDatabase.FromDb(r.GetDateTime(2)), r.IsDBNull(3) ? null : r.GetDecimal(3), r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetInt64(5))),
            id).ToLookup(c => c.Person, c => c.Conversion, StringComparer.Ordinal);
        var sessions = db.Query(
            $"""
            WITH {Touches}
            SELECT pv.person, s.started_at, s.channel
            FROM sessions s JOIN pv ON pv.visitor_id = s.visitor_id
            WHERE s.workspace_id = $1 AND pv.person IN (SELECT person FROM fp)
              AND upper(regexp_extract(coalesce(s.landing_url, ''), {RefPattern}, 1)) NOT IN (SELECT code FROM advocates WHERE workspace_id = $1)
            ORDER BY pv.person, s.started_at, s.channel
            """,
            r => (Person: r.GetString(0), Touch: new OtherTouch(DuckDbDatabase.FromDb(r.GetDateTime(1)), r.GetString(2))),
            id).ToLookup(s => s.Person, s => s.Touch, StringComparer.Ordinal);
        var friends = touches.Select(t => t.PersonKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(key =>
        {
            people.TryGetValue(key, out var p);
            return new ReferredPerson(
                key, p.Key is null ? null : p.Contact, [.. visitors[key]], p.ContactAt, p.LeadImport, p.CustomerAt, p.CustomerImport, p.CreatedAt,
                [.. purchases[key]], [.. conversions[key]], [.. sessions[key]]);
        }).ToList();
        // Every visitor id that ever carried the advocate's contact id (not only those stitched to the advocate): a friend
        // identified on a device the advocate also signs in on shares it.
        var carried = db.Query(
            """
            SELECT a.contact_id, e.visitor_id FROM advocates a JOIN events e ON e.workspace_id = a.workspace_id AND e.contact_id = a.contact_id
            WHERE a.workspace_id = $1 AND e.visitor_id IS NOT NULL GROUP BY ALL ORDER BY 1, 2
            """,
            r => (Contact: r.GetString(0), Visitor: r.GetString(1)),
            id).ToLookup(v => v.Contact, v => v.Visitor, StringComparer.Ordinal);
        var advocateVisitors = db.Query("SELECT contact_id FROM advocates WHERE workspace_id = $1", r => r.GetString(0), id)
            .ToDictionary(c => c, c => (IReadOnlyList<string>)[.. visitors[c].Union(carried[c], StringComparer.Ordinal).Order(StringComparer.Ordinal)], StringComparer.Ordinal);
        return new ReferralData(touches, friends, advocateVisitors);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CandidateFacts>> ReadCustomersAsync(Workspace workspace, DateTimeOffset asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Sync.Run<IReadOnlyList<CandidateFacts>>(
            () =>
            {
                var revenue = db.Query(
                    """
                    SELECT r.person_key, r.currency, sum(r.amount), count(*), max(r.occurred_at)
                    FROM revenue r JOIN people p ON p.workspace_id = r.workspace_id AND p.person_key = r.person_key
                    WHERE r.workspace_id = $1 AND p.contact_id IS NOT NULL AND p.customer_at IS NOT NULL
                    GROUP BY ALL
                    """,
                    r => (Person: r.GetString(0), Currency: r.GetString(1), Amount: r.GetDecimal(2), Count: r.GetInt64(3), Last: DuckDbDatabase.FromDb(r.GetDateTime(4))),
                    workspace.Id).ToLookup(r => r.Person, StringComparer.Ordinal);
                return db.Query(
                    $"""
                    WITH {DuckDbJourneyReader.People}
                    SELECT p.person_key, p.contact_id, p.customer_at,
                           (SELECT count(*) FROM sessions s JOIN pv ON pv.visitor_id = s.visitor_id
                            WHERE s.workspace_id = $1 AND pv.person = p.person_key AND s.started_at >= $2 - INTERVAL 90 DAY AND s.started_at < $2),
                           EXISTS (SELECT 1 FROM advocates a WHERE a.workspace_id = $1 AND a.contact_id = p.contact_id)
                    FROM people p
                    WHERE p.workspace_id = $1 AND p.contact_id IS NOT NULL AND p.customer_at IS NOT NULL
                    ORDER BY p.contact_id
                    """,
                    r =>
                    {
                        var rows = revenue[r.GetString(0)].ToList();
                        return new CandidateFacts(
                            r.GetString(1),
                            DuckDbDatabase.FromDb(r.GetDateTime(2)),
                            (int)rows.Sum(x => x.Count),
                            rows.GroupBy(x => x.Currency, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(x => x.Amount), StringComparer.Ordinal),
                            rows.Count == 0 ? null : rows.Max(x => x.Last),
                            (int)r.GetInt64(3),
                            r.GetBoolean(4));
                    },
                    workspace.Id,
                    DuckDbDatabase.ToDb(asOf));
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<string?> HandleAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var handles = db.Query("SELECT handle FROM workspace_handles WHERE workspace_id = $1", r => r.GetString(0), workspace.Id);
        return Task.FromResult(handles.Count == 0 ? null : handles[0]);
    }

    /// <inheritdoc />
    public Task SetHandleAsync(Workspace workspace, string handle, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(handle);
        var lower = handle.Trim().ToLowerInvariant();
        db.InTransaction(() =>
        {
            if (db.Scalar<long>("SELECT count(*) FROM workspace_handles WHERE handle = $1 AND workspace_id <> $2", lower, workspace.Id) > 0)
            {
                throw new Core.Stores.StoreException($"The handle '{lower}' is taken by another workspace.");
            }

            db.Execute("DELETE FROM workspace_handles WHERE workspace_id = $1", workspace.Id);
            db.Execute("INSERT INTO workspace_handles (workspace_id, handle) VALUES ($1, $2)", workspace.Id, lower);
            return 0;
        });
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<long?> FindHandleAsync(string handle, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var ids = db.Query("SELECT workspace_id FROM workspace_handles WHERE handle = $1", r => r.GetInt64(0), handle.Trim().ToLowerInvariant());
        return Task.FromResult<long?>(ids.Count == 0 ? null : ids[0]);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<BioLink>> BioLinksAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        IReadOnlyList<BioLink> links = db.Query(
            "SELECT link_id, title, image_url, position FROM bio_links WHERE workspace_id = $1 ORDER BY position, link_id",
            r => new BioLink(r.GetInt64(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetInt32(3)),
            workspace.Id);
        return Task.FromResult(links);
    }

    /// <inheritdoc />
    public Task SetBioLinkAsync(Workspace workspace, BioLink link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(link);
        db.InTransaction(() =>
        {
            db.Execute("DELETE FROM bio_links WHERE workspace_id = $1 AND link_id = $2", workspace.Id, link.LinkId);
            db.Execute("INSERT INTO bio_links (workspace_id, link_id, title, image_url, position) VALUES ($1, $2, $3, $4, $5)", workspace.Id, link.LinkId, link.Title, link.ImageUrl, link.Position);
            return 0;
        });
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<bool> RemoveBioLinkAsync(Workspace workspace, long linkId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Task.FromResult(db.Execute("DELETE FROM bio_links WHERE workspace_id = $1 AND link_id = $2", workspace.Id, linkId) > 0);
    }

    private static DateTimeOffset? Instant(System.Data.Common.DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : DuckDbDatabase.FromDb(r.GetDateTime(ordinal));

    /// <summary>The import of the event at the moment (null when it was collected live), else the CRM contact's import.</summary>
    private static long? ImportOf(System.Data.Common.DbDataReader r, int ordinal, long? contactImport)
    {
        if (r.IsDBNull(ordinal))
        {
            return contactImport;
        }

        var imports = r.GetFieldValue<List<long?>>(ordinal);
        return imports.Count == 0 ? contactImport : imports.Max();
    }
}
