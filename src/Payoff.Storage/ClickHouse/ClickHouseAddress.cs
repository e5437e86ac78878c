using System.Globalization;
using Payoff.Core.Stores;

namespace Payoff.Storage.ClickHouse;

/// <summary>
/// Where a ClickHouse store is: <c>clickhouse://HOST:PORT/DATABASE[?cluster=NAME[&amp;nodes=HOST:PORT,HOST:PORT…]]</c>, the HTTP
/// interface's host and port (8123 by default), the database, and for a sharded store the cluster's name as its servers'
/// <c>remote_servers</c> configuration gives it. Tables are made on every node of <see cref="Nodes"/> (ClickHouse 18.16 runs
/// <c>ON CLUSTER</c> only with ZooKeeper): by default the cluster's hosts at the address's port; <c>nodes=</c> lists them when
/// their HTTP ports differ (two servers on one machine).
/// </summary>
/// <param name="Host">The HTTP interface's host.</param>
/// <param name="Port">Its port.</param>
/// <param name="Database">The database: letters, digits and '_'.</param>
/// <param name="Cluster">The cluster's name, or null for one server.</param>
/// <param name="Nodes">Each shard's HTTP endpoint (<c>HOST:PORT</c>) given by <c>nodes=</c>, else empty.</param>
public sealed record ClickHouseAddress(string Host, int Port, string Database, string? Cluster, IReadOnlyList<string> Nodes)
{
    /// <summary>The environment variable holding the user name (none: <c>default</c>).</summary>
    public const string UserVariable = "PAYOFF_CLICKHOUSE_USER";

    /// <summary>The environment variable holding the password (none: empty).</summary>
    public const string PasswordVariable = "PAYOFF_CLICKHOUSE_PASSWORD";

    /// <summary>The HTTP base address of the entry node.</summary>
    public Uri HttpBase => new(string.Create(CultureInfo.InvariantCulture, $"http://{Host}:{Port}/"));

    /// <summary>Parses <paramref name="address"/>.</summary>
    /// <exception cref="StoreException">
    /// Not a <c>clickhouse://</c> address, no database, a database or cluster name with other characters than letters, digits
    /// and '_', a user or password in the address (they come from <see cref="UserVariable"/> and <see cref="PasswordVariable"/>),
    /// or an unknown parameter.
    /// </exception>
    public static ClickHouseAddress Parse(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        const string Form = "clickhouse://HOST:PORT/DATABASE[?cluster=NAME]";
        if (!Uri.TryCreate(address.Trim(), UriKind.Absolute, out var uri) || uri.Scheme != "clickhouse")
        {
            throw new StoreException($"'{address}' is not a ClickHouse store address: use {Form}.");
        }

        if (uri.UserInfo.Length > 0)
        {
            throw new StoreException($"The store address holds a user or password: give them in {UserVariable} and {PasswordVariable} instead, never in the address.");
        }

        if (uri.Host.Length == 0)
        {
            throw new StoreException($"'{address}' names no host: use {Form}.");
        }

        var database = uri.AbsolutePath.Trim('/');
        if (!Plain(database))
        {
            throw new StoreException($"'{address}' names no database (or one with other characters than letters, digits and '_'): use {Form}.");
        }

        if (database.Equals("system", StringComparison.OrdinalIgnoreCase) || database.Equals("information_schema", StringComparison.OrdinalIgnoreCase))
        {
            throw new StoreException($"'{database}' is ClickHouse's own database: name a database of Payoff's, such as payoff.");
        }

        string? cluster = null;
        string[] nodes = [];
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.IndexOf('=') is var at and >= 0 ? (pair[..at], Uri.UnescapeDataString(pair[(at + 1)..])) : (pair, string.Empty);
            switch (key)
            {
                case "cluster" when Plain(value):
                    cluster = value;
                    break;
                case "nodes" when value.Split(',').All(n => Uri.TryCreate($"http://{n}/", UriKind.Absolute, out var u) && u.Port > 0 && n.Contains(':', StringComparison.Ordinal)):
                    nodes = value.Split(',');
                    break;
                default:
                    // The value is not repeated: it may be a password someone put in the address.
                    throw new StoreException($"The store address's parameter '{key}' is unknown or malformed: the parameters are cluster=NAME (letters, digits, '_') and nodes=HOST:PORT,HOST:PORT.");
            }
        }

        if (nodes.Length > 0 && cluster is null)
        {
            throw new StoreException("nodes= in the store address needs cluster=NAME.");
        }

        return new ClickHouseAddress(uri.Host, uri.IsDefaultPort || uri.Port < 0 ? 8123 : uri.Port, database, cluster, nodes);
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"clickhouse://{Host}:{Port}/{Database}{(Cluster is null ? string.Empty : $"?cluster={Cluster}")}{(Nodes.Count == 0 ? string.Empty : $"&nodes={string.Join(',', Nodes)}")}");

    private static bool Plain(string name) => name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
