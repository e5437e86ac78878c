using System.Globalization;
using System.Reflection;
using Payoff.Core.Stores;

namespace Payoff.Storage.ClickHouse;

/// <summary>
/// One Payoff database in ClickHouse: the clients of its nodes, its schema, and the two things ClickHouse lacks that a
/// store needs — unique claims (a name, a slug, the next id, a one-time token's use, a schedule's period) and versions
/// for rows that change.
/// </summary>
/// <remarks>
/// <para>
/// Placement (docs/SCALE.md): the <em>state node</em> (the first of <see cref="ClickHouseAddress.Nodes"/>, else the address's
/// server) holds the small, mutable state and the imported data as ordinary MergeTree-family tables; the live events are
/// sharded over every node of the cluster behind a <c>Distributed</c> table keyed by <c>sipHash64(visitor_id)</c>, so one
/// visitor's events and sessions stay on one shard. Without a cluster every table lives on the one server.
/// </para>
/// <para>
/// Changing rows live in <c>ReplacingMergeTree(version)</c> tables with a <c>deleted</c> flag: a change or a deletion inserts
/// the row again with a higher <see cref="NextVersion"/>, and reads take the latest version per key with <c>FINAL</c>,
/// filtering only on columns that every version of a key shares, and drop deleted rows outside the <c>FINAL</c> subquery
/// (see <see cref="StateTable"/>).
/// </para>
/// <para>
/// Claims (<see cref="ClaimAsync"/>) rest on the <c>claims</c> table's <c>Log</c> engine: inserts are serialized by the
/// table's write lock and read back in the order they were written, so the first claim of a key is the same for every
/// node that asks — the server, not a clock, decides who came first.
/// </para>
/// </remarks>
public sealed class ClickHouseDatabase : IDisposable
{
    private readonly List<ClickHouseClient> nodes;
    private long lastVersion;

    private ClickHouseDatabase(ClickHouseAddress address, TimeProvider time, List<ClickHouseClient> nodes)
    {
        Address = address;
        Time = time;
        this.nodes = nodes;
    }

    /// <summary>Where the database is (no credentials).</summary>
    public ClickHouseAddress Address { get; }

    /// <summary>The clock of every time the adapters store (created, used, revoked …).</summary>
    public TimeProvider Time { get; }

    /// <summary>Whether the events are sharded over a cluster (the address names one).</summary>
    public bool Sharded => Address.Cluster is not null;

    /// <summary>The state node's client: small state, imports, rollups, claims — and the entry for reads of sharded tables.</summary>
    public ClickHouseClient State => nodes[0];

    /// <summary>Every node's client, the state node first (DDL runs on each).</summary>
    public IReadOnlyList<ClickHouseClient> Nodes => nodes;

    /// <summary>
    /// Opens the database at <paramref name="address"/>: creates it on every node when missing and brings its schema up to
    /// date (every statement is <c>IF NOT EXISTS</c>, so nodes opening at once do not conflict).
    /// </summary>
    /// <exception cref="StoreException">A node does not answer or refuses the schema; the message names the node.</exception>
    public static async Task<ClickHouseDatabase> OpenAsync(ClickHouseAddress address, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(time);
        var user = Environment.GetEnvironmentVariable(ClickHouseAddress.UserVariable);
        var password = Environment.GetEnvironmentVariable(ClickHouseAddress.PasswordVariable);
        var endpoints = address.Nodes.Count > 0 ? address.Nodes.Select(n => new Uri($"http://{n}/")).ToList()
            : address.Cluster is { } cluster ? await ClusterEndpointsAsync(address, cluster, user, password, cancellationToken).ConfigureAwait(false)
            : [address.HttpBase];
        var clients = endpoints.Select(e => new ClickHouseClient(e, address.Database, user, password)).ToList();
        var db = new ClickHouseDatabase(address, time, clients);
        try
        {
            foreach (var endpoint in endpoints)
            {
                using var server = new ClickHouseClient(endpoint, null, user, password);
                await Reach(endpoint, () => server.ExecuteAsync($"CREATE DATABASE IF NOT EXISTS {ClickHouseSql.Identifier(address.Database)}", cancellationToken)).ConfigureAwait(false);
            }

            await db.MigrateAsync(cancellationToken).ConfigureAwait(false);
            return db;
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    /// <summary>Drops the database on every node (tests and <c>store copy</c>'s rollback of a store it created).</summary>
    public async Task DropAsync(CancellationToken cancellationToken = default)
    {
        foreach (var node in nodes)
        {
            await node.ExecuteAsync($"DROP DATABASE IF EXISTS {ClickHouseSql.Identifier(Address.Database)}", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The rows of <paramref name="sql"/> on the state node, its <c>$N</c> bound to <paramref name="values"/>.</summary>
    public Task<List<string?[]>> RowsAsync(string sql, params object?[] values) => State.RowsAsync(ClickHouseSql.Bind(sql, values));

    /// <summary>The first field of the first row of <paramref name="sql"/> on the state node, or null.</summary>
    public Task<string?> ScalarAsync(string sql, params object?[] values) => State.ScalarAsync(ClickHouseSql.Bind(sql, values));

    /// <summary>Runs <paramref name="sql"/> (no rows back) on the state node.</summary>
    public Task ExecuteAsync(string sql, params object?[] values) => State.ExecuteAsync(ClickHouseSql.Bind(sql, values));

    /// <summary>
    /// Runs the mutation <c>ALTER TABLE {table} {mutation}</c> (<c>UPDATE …</c> or <c>DELETE WHERE …</c>, <c>$N</c> bound) on
    /// the state node and waits until ClickHouse has applied it to every part (<c>system.mutations.is_done</c>), so the next
    /// read sees its result: ClickHouse runs mutations in the background, 18.16 has no setting to wait for them.
    /// </summary>
    /// <exception cref="TimeoutException">The mutation was not done within <paramref name="timeout"/> (default 2 minutes).</exception>
    public async Task MutateAsync(string table, string mutation, object?[] values, TimeSpan? timeout = null)
    {
        await ExecuteAsync($"ALTER TABLE {ClickHouseSql.Identifier(table)} {mutation}", values).ConfigureAwait(false);
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(2));
        for (var wait = 5; ; wait = Math.Min(wait * 2, 250))
        {
            var pending = await ScalarAsync("SELECT count() FROM system.mutations WHERE database = $1 AND table = $2 AND is_done = 0", Address.Database, table).ConfigureAwait(false);
            if (pending == "0")
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"ClickHouse has not finished the mutation of {table} ({pending} pending).");
            }

            await Task.Delay(wait).ConfigureAwait(false);
        }
    }

    /// <summary>Inserts <paramref name="rows"/> into a state-node table.</summary>
    public Task<long> InsertAsync(string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken = default) =>
        State.InsertAsync(table, columns, rows, cancellationToken);

    /// <summary>
    /// A version for a changed row, above every version this process handed out and above the wall clock's ticks (not the
    /// injected <see cref="Time"/>, which tests stop): a later change from any node outranks an earlier one as long as the
    /// nodes' clocks agree within the time between two changes of one row.
    /// </summary>
    public long NextVersion()
    {
        while (true)
        {
            var last = Interlocked.Read(ref lastVersion);
            var next = Math.Max(last + 1, DateTime.UtcNow.Ticks);
            if (Interlocked.CompareExchange(ref lastVersion, next, last) == last)
            {
                return next;
            }
        }
    }

    /// <summary>
    /// Claims <paramref name="key"/> in <paramref name="scope"/> for <paramref name="claimant"/>: true when this claim is the
    /// first living one. An earlier claim lives while <paramref name="holds"/> says its claimant still holds the key (true), is
    /// gone when it says the claimant's row was deleted or changed its key (false), and when its row does not exist yet (null)
    /// lives for <see cref="PendingClaim"/> of the wall clock after it was made (its writer may be between claim and insert).
    /// </summary>
    /// <param name="scope">What is unique (<c>workspace-name</c>, <c>link-slug</c> …).</param>
    /// <param name="key">The unique value.</param>
    /// <param name="claimant">Who claims it (a row's id, a node's name): text without meaning to the claims.</param>
    /// <param name="holds">Whether an earlier claimant still holds the key; null when claims never lapse (ids, one-time uses).</param>
    public async Task<bool> ClaimAsync(string scope, string key, string claimant, Func<string, Task<bool?>>? holds = null)
    {
        var now = DateTimeOffset.UtcNow;
        await InsertAsync("claims", ["scope", "key", "claimant", "claimed_at"], [[scope, key, claimant, Micros(now)]]).ConfigureAwait(false);
        var claims = await RowsAsync("SELECT claimant, claimed_at FROM claims WHERE scope = $1 AND key = $2 SETTINGS max_threads = 1", scope, key).ConfigureAwait(false);
        foreach (var claim in claims)
        {
            if (claim[0] == claimant)
            {
                return true;
            }

            var held = holds is null ? true : await holds(claim[0]!).ConfigureAwait(false);
            if (held ?? now - FromMicros(Number(claim[1])) < PendingClaim)
            {
                return false;
            }
        }

        throw new InvalidOperationException($"The claim of {scope} '{key}' was not read back.");
    }

    /// <summary>
    /// The <c>holds</c> test of <see cref="ClaimAsync"/> for claims made by rows of <paramref name="table"/> under their
    /// <c>id</c>: the row holds its key while it is not deleted (null until it is written).
    /// </summary>
    public Func<string, Task<bool?>> RowHolds(string table) => async claimant =>
    {
        var rows = await RowsAsync($"SELECT deleted FROM {ClickHouseSql.Identifier(table)} FINAL WHERE id = $1", Number(claimant)).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0][0] == "0";
    };

    /// <summary>How long a claim holds its key before the row it names exists (a writer between its claim and its insert).</summary>
    public static readonly TimeSpan PendingClaim = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The next id of <paramref name="sequence"/> (1, 2, 3 … in the order claimed, never handed out twice, across nodes): the
    /// embedded store's sequences, so ids agree between the engines when the same writes happen in the same order.
    /// </summary>
    public async Task<long> NextIdAsync(string sequence)
    {
        var claimant = Guid.NewGuid().ToString("N");
        var next = Number(await ScalarAsync("SELECT max(toInt64(key)) FROM claims WHERE scope = $1", "id:" + sequence).ConfigureAwait(false) ?? "0") + 1;
        while (!await ClaimAsync("id:" + sequence, next.ToString(CultureInfo.InvariantCulture), claimant).ConfigureAwait(false))
        {
            next++;
        }

        return next;
    }

    /// <summary>An instant as stored in state tables: UTC microseconds since 1970 (the embedded store keeps microseconds too).</summary>
    public static long Micros(DateTimeOffset instant) => (instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    /// <summary>The instant of stored <paramref name="micros"/>.</summary>
    public static DateTimeOffset FromMicros(long micros) => DateTimeOffset.UnixEpoch.AddTicks(micros * 10);

    /// <summary>A stored instant (an Int64 field of microseconds).</summary>
    public static DateTimeOffset Instant(string? micros) => FromMicros(Number(micros));

    /// <summary>A stored instant or null.</summary>
    public static DateTimeOffset? InstantOrNull(string? micros) => micros is null ? null : FromMicros(Number(micros));

    /// <summary>An Int64 field.</summary>
    public static long Number(string? text) => long.Parse(text ?? throw new InvalidOperationException("A NULL where a number was stored."), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>A nullable Int64 field.</summary>
    public static long? NumberOrNull(string? text) => text is null ? null : Number(text);

    /// <summary>A Decimal field (its scale kept: <c>12.5000</c> stays four places, as the embedded store returns it).</summary>
    public static decimal Exact(string? text) => decimal.Parse(text ?? throw new InvalidOperationException("A NULL where a number was stored."), NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>
    /// <paramref name="value"/> without trailing zeros (<c>10.2500</c> → <c>10.25</c>, <c>0.0000</c> → <c>0</c>): how the embedded
    /// store hands over a sum it did not cast (DuckDB types it <c>DECIMAL(38, s)</c>, which DuckDB.NET reads back as a whole
    /// part plus a divided remainder). Adapters apply it where the embedded store's statement does, so both engines' figures
    /// carry the same scale.
    /// </summary>
    public static decimal Normalized(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>A nullable Decimal field.</summary>
    public static decimal? ExactOrNull(string? text) => text is null ? null : Exact(text);

    /// <summary>A UInt8 flag.</summary>
    public static bool Flag(string? text) => text == "1";

    /// <summary>A Date field.</summary>
    public static DateOnly Day(string? text) => DateOnly.ParseExact(text ?? throw new InvalidOperationException("A NULL where a day was stored."), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A nullable Date field.</summary>
    public static DateOnly? DayOrNull(string? text) => text is null ? null : Day(text);

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var node in nodes)
        {
            node.Dispose();
        }
    }

    /// <summary>
    /// The HTTP endpoints of the cluster's shards, first shard first, from the entry node's <c>system.clusters</c>: each
    /// shard's host at the address's port (servers on several machines, one HTTP port). Shards that share a host (servers on
    /// one machine) need their ports named with <c>nodes=</c>.
    /// </summary>
    private static async Task<List<Uri>> ClusterEndpointsAsync(ClickHouseAddress address, string cluster, string? user, string? password, CancellationToken cancellationToken)
    {
        using var entry = new ClickHouseClient(address.HttpBase, null, user, password);
        var hosts = new List<string>();
        await Reach(address.HttpBase, async () =>
        {
            await foreach (var row in entry.QueryAsync(ClickHouseSql.Bind("SELECT host_name FROM system.clusters WHERE cluster = $1 AND replica_num = 1 ORDER BY shard_num", cluster), cancellationToken).ConfigureAwait(false))
            {
                hosts.Add(row[0]!);
            }
        }).ConfigureAwait(false);
        if (hosts.Count == 0)
        {
            throw new StoreException($"The ClickHouse server at {address.HttpBase} has no cluster '{cluster}' in its configuration (remote_servers).");
        }

        if (hosts.Distinct(StringComparer.OrdinalIgnoreCase).Count() < hosts.Count)
        {
            throw new StoreException($"The shards of cluster '{cluster}' share a host ({string.Join(", ", hosts)}): name each shard's HTTP address, first shard first, with &nodes=HOST:PORT,HOST:PORT.");
        }

        return [.. hosts.Select(h => new Uri(string.Create(CultureInfo.InvariantCulture, $"http://{h}:{address.Port}/")))];
    }

    private static async Task Reach(Uri endpoint, Func<Task> work)
    {
        try
        {
            await work().ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new StoreException($"The ClickHouse server at {endpoint} does not answer ({e.Message}). Is it running, and is the address's port its HTTP port (8123 by default)?");
        }
        catch (ClickHouseException e) when (e.Code is 192 or 193 or 516)
        {
            throw new StoreException($"The ClickHouse server at {endpoint} refused the user: check {ClickHouseAddress.UserVariable} and {ClickHouseAddress.PasswordVariable} (code {e.Code}: {e.Message.Split('\n')[0]}).");
        }
        catch (ClickHouseException e)
        {
            throw new StoreException($"The ClickHouse server at {endpoint} refused to make the database: {e.Message.Split('\n')[0]}");
        }
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        foreach (var statement in ClickHouseSchema.Statements(Sharded ? Address.Cluster : null, Address.Database))
        {
            var targets = statement.EveryNode ? nodes : [State];
            foreach (var node in targets)
            {
                await Reach(node.Endpoint, () => node.ExecuteAsync(statement.Sql, cancellationToken)).ConfigureAwait(false);
            }
        }
    }
}

/// <summary>
/// The ClickHouse schema, from the embedded <c>ClickHouse/Schema/*.sql</c> files in name order. A statement after
/// <c>-- @state</c> is made on the state node; after <c>-- @sharded KEY</c> it makes <c>NAME_local</c> on every node and, on a
/// cluster, <c>NAME</c> as a <c>Distributed</c> table over them sharded by <c>KEY</c> (without a cluster the table is
/// <c>NAME</c> itself). Every statement is idempotent (<c>IF NOT EXISTS</c>), so the files are the schema's history and its
/// present at once.
/// </summary>
public static class ClickHouseSchema
{
    /// <summary>A DDL statement and where it runs.</summary>
    /// <param name="Sql">The statement.</param>
    /// <param name="EveryNode">Made on every node (sharded tables), else on the state node.</param>
    public sealed record Statement(string Sql, bool EveryNode);

    /// <summary>The statements of the schema, for a cluster named <paramref name="cluster"/> (null: one server).</summary>
    public static IEnumerable<Statement> Statements(string? cluster, string database)
    {
        var assembly = typeof(ClickHouseSchema).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("ClickHouse/Schema/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            foreach (var statement in Parse(reader.ReadToEnd(), cluster, database))
            {
                yield return statement;
            }
        }
    }

    private static IEnumerable<Statement> Parse(string text, string? cluster, string database)
    {
        foreach (var block in text.Split(";\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = block.Split('\n').Select(l => l.TrimEnd()).ToList();
            var directive = lines.FirstOrDefault(l => l.StartsWith("-- @", StringComparison.Ordinal));
            var sql = string.Join('\n', lines.Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal))).Trim().TrimEnd(';');
            if (sql.Length == 0)
            {
                continue;
            }

            if (directive is null || directive == "-- @state")
            {
                yield return new Statement(sql, EveryNode: false);
                continue;
            }

            var parts = directive.Split(' ', 3);
            if (parts[1] != "@sharded" || parts.Length < 3)
            {
                throw new InvalidOperationException($"Unknown schema directive '{directive}'.");
            }

            var table = TableName(sql);
            if (cluster is null)
            {
                yield return new Statement(sql, EveryNode: false);
                continue;
            }

            yield return new Statement(sql.Replace($"EXISTS {table} ", $"EXISTS {table}_local ", StringComparison.Ordinal), EveryNode: true);
            yield return new Statement(
                $"CREATE TABLE IF NOT EXISTS {table} AS {table}_local ENGINE = Distributed({cluster}, {database}, {table}_local, {parts[2]})",
                EveryNode: true);
        }
    }

    private static string TableName(string sql)
    {
        const string Marker = "CREATE TABLE IF NOT EXISTS ";
        var at = sql.IndexOf(Marker, StringComparison.Ordinal);
        return at < 0 ? throw new InvalidOperationException("A @sharded statement must be CREATE TABLE IF NOT EXISTS NAME (…).") : sql[(at + Marker.Length)..].Split(' ', 2)[0];
    }

    /// <summary>The assembly the schema files are embedded in (for tests).</summary>
    public static Assembly Assembly => typeof(ClickHouseSchema).Assembly;
}
