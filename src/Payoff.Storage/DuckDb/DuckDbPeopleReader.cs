using Payoff.Core.Channels;
using Payoff.Core.Contacts;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.DuckDb;

/// <summary>Reads the people <see cref="DuckDbDerivations.RebuildPeople"/> derived, with the visitors stitched to each.</summary>
/// <remarks>
/// A contact's visitors are every visitor whose events carried its id; an anonymous person's is its own visitor —
/// the same pairs the derivation's <c>person_visitors</c> joins sessions over.
/// </remarks>
public sealed class DuckDbPeopleReader(DuckDbDatabase db) : IPeopleReader
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Person>> ReadAsync(Workspace workspace, CancellationToken cancellationToken = default) =>
        Sync.Run<IReadOnlyList<Person>>(() => Read(workspace), cancellationToken);

    private List<Person> Read(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var visitors = db.Query(
            """
            SELECT DISTINCT contact_id, visitor_id FROM events
            WHERE workspace_id = $1 AND contact_id IS NOT NULL AND visitor_id IS NOT NULL
            """,
            r => (Key: r.GetString(0), Visitor: r.GetString(1)),
            workspace.Id).ToLookup(p => p.Key, p => p.Visitor, StringComparer.Ordinal);
        var people = db.Query(
            """
            SELECT person_key, contact_id, contact_at, customer_at, channel, network, source, medium, campaign, content, term,
                   first_visitor_id, first_session_at
            FROM people WHERE workspace_id = $1
            """,
            r => new Person(
                r.GetString(0),
                Text(r, 1),
                [],
                Instant(r, 2),
                Instant(r, 3),
                new TrafficSource(r.GetString(4), Text(r, 5), r.GetString(6), r.GetString(7), Text(r, 8), Text(r, 9), Text(r, 10), null),
                Text(r, 11),
                Instant(r, 12)),
            workspace.Id);
        return people
            .Select(p => p with
            {
                VisitorIds = (p.ContactId is null && p.Key.StartsWith(IdentityStitcher.AnonymousPrefix, StringComparison.Ordinal)
                    ? [p.Key[IdentityStitcher.AnonymousPrefix.Length..]]
                    : visitors[p.Key]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            })
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
    }

    private static string? Text(System.Data.Common.DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    private static DateTimeOffset? Instant(System.Data.Common.DbDataReader r, int ordinal) =>
        r.IsDBNull(ordinal) ? null : DuckDbDatabase.FromDb(r.GetDateTime(ordinal));
}
