using System.Text;
using Payoff.Storage.ClickHouse;

using Payoff.Testing.ClickHouse;

namespace Payoff.Storage.Tests.ClickHouse;

/// <summary>
/// The HTTP client against a real ClickHouse (Debian's 18.16 here): hostile text survives a literal and an insert unchanged,
/// results stream, refusals carry ClickHouse's code, and a Distributed table over the two shards sums as its shards do.
/// </summary>
[Collection(ClickHouseTests.Name)]
public sealed class ClickHouseClientTests(ClickHouseCluster cluster)
{
    // Quotes, backslashes, control characters, tabs and newlines, SQL and format injection attempts, non-Latin text.
    public static TheoryData<string> Hostile => new()
    {
        "it's",
        "back\\slash\\",
        "tab\tnew\nline\r\0nul\u0001\u007f",
        "'); DROP TABLE x; --",
        "\\N",
        "\\'",
        "Zażółć gęślą jaźń — 日本語 🙂",
        "=HYPERLINK(\"http://x\")",
        "$1 $2",
        string.Empty,
    };

    private async Task<ClickHouseClient> DatabaseAsync()
    {
        foreach (var node in new[] { 0, 1 })
        {
            using var server = cluster.ServerClient(node);
            await server.ExecuteAsync($"CREATE DATABASE IF NOT EXISTS {ClickHouseSql.Identifier(cluster.Address!.Database)}");
        }

        return cluster.Client();
    }

    [ClickHouseTheory]
    [MemberData(nameof(Hostile))]
    public async Task Hostile_text_comes_back_unchanged_from_a_literal_and_from_an_insert(string text)
    {
        using var client = await DatabaseAsync();
        Assert.Equal(text, await client.ScalarAsync(ClickHouseSql.Bind("SELECT $1", text)));
        Assert.Equal(Encoding.UTF8.GetByteCount(text).ToString(System.Globalization.CultureInfo.InvariantCulture), await client.ScalarAsync(ClickHouseSql.Bind("SELECT length($1)", text)));

        var table = $"hostile_{Guid.NewGuid():N}";
        await client.ExecuteAsync($"CREATE TABLE {table} (id UInt32, s String, n Nullable(String), a Array(String)) ENGINE = MergeTree ORDER BY id");
        Assert.Equal(1, await client.InsertAsync(table, ["id", "s", "n", "a"], [[1, text, null, new[] { text, "x" }]]));
        var row = Assert.Single(await client.RowsAsync($"SELECT s, n, length(a), a[1] FROM {table}"));
        Assert.Equal(new string?[] { text, null, "2", text }, row);
        Assert.Equal("1", await client.ScalarAsync(ClickHouseSql.Bind($"SELECT count() FROM {table} WHERE s = $1 AND has(a, $1)", text)));
        await client.ExecuteAsync($"DROP TABLE {table}");
    }

    [ClickHouseFact]
    public async Task Bytes_travel_as_base64_and_come_back_whole()
    {
        using var client = await DatabaseAsync();
        var table = $"bytes_{Guid.NewGuid():N}";
        var bytes = Enumerable.Range(0, 256).Select(i => (byte)i).Concat("%PDF-1.7\n"u8.ToArray()).ToArray();
        await client.ExecuteAsync($"CREATE TABLE {table} (b String) ENGINE = Log");
        await client.InsertAsync(table, ["b"], [[bytes]]);

        Assert.Equal(bytes, Convert.FromBase64String(Assert.Single(await client.RowsAsync($"SELECT b FROM {table}"))[0]!));
        await client.ExecuteAsync($"DROP TABLE {table}");
    }

    [ClickHouseFact]
    public async Task Typed_values_round_trip_and_large_results_stream()
    {
        using var client = await DatabaseAsync();
        var at = new DateTimeOffset(2025, 7, 1, 12, 30, 5, TimeSpan.Zero);
        var row = Assert.Single(await client.RowsAsync(ClickHouseSql.Bind("SELECT $1, toString($2), $3 + 1, toString($4), $5", 1234.5678m, at, 41L, new DateOnly(2025, 2, 28), true)));
        Assert.Equal(new string?[] { "1234.5678", "2025-07-01 12:30:05", "42", "2025-02-28", "1" }, row);

        var table = $"typed_{Guid.NewGuid():N}";
        await client.ExecuteAsync($"CREATE TABLE {table} (d Date, t DateTime('UTC'), ms UInt16, m Decimal(38, 6), x Float64, b UInt8) ENGINE = MergeTree ORDER BY t");
        await client.InsertAsync(table, ["d", "t", "ms", "m", "x", "b"], Enumerable.Range(0, 100_000).Select(i => new object?[] { new DateOnly(2025, 7, 1), at.AddSeconds(i), ClickHouseSql.Milliseconds(at.AddMilliseconds(i)), 0.000001m * i, i / 3.0, i % 2 == 0 }));
        Assert.Equal(new string?[] { "100000", "4999950000", "4999.950000", "50000" }, Assert.Single(await client.RowsAsync($"SELECT count(), sum(toUInt64(t) - {at.ToUnixTimeSeconds()}), toString(sum(m)), sum(b) FROM {table}")));
        var streamed = 0;
        await foreach (var r in client.QueryAsync($"SELECT t, m FROM {table} ORDER BY t"))
        {
            streamed++;
        }

        Assert.Equal(100_000, streamed);
        await client.ExecuteAsync($"DROP TABLE {table}");
    }

    [ClickHouseFact]
    public async Task Refusals_carry_clickhouses_code_and_text_also_after_rows_have_streamed()
    {
        using var client = await DatabaseAsync();
        var unknown = await Assert.ThrowsAsync<ClickHouseException>(() => client.RowsAsync("SELECT * FROM no_such_table"));
        Assert.Equal(60, unknown.Code);
        Assert.Contains("doesn't exist", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("SELECT * FROM no_such_table", unknown.Message, StringComparison.Ordinal);

        // throwIf fails on the row where it holds, after earlier blocks have been sent.
        var late = await Assert.ThrowsAsync<ClickHouseException>(() => client.RowsAsync("SELECT throwIf(number = 900000) FROM system.numbers LIMIT 1000000 SETTINGS max_block_size = 1000"));
        Assert.Equal(395, late.Code);
    }

    [ClickHouseFact]
    public async Task A_distributed_table_keyed_by_visitor_keeps_each_visitors_rows_on_one_shard()
    {
        using var client = await DatabaseAsync();
        var name = $"dist_{Guid.NewGuid():N}";
        foreach (var node in new[] { 0, 1 })
        {
            using var shard = cluster.Client(node);
            await shard.ExecuteAsync($"CREATE TABLE {name}_local (visitor String, n UInt64) ENGINE = MergeTree ORDER BY visitor");
            await shard.ExecuteAsync($"CREATE TABLE {name} AS {name}_local ENGINE = Distributed({cluster.Address!.Cluster}, {cluster.Address.Database}, {name}_local, sipHash64(visitor))");
        }

        await client.ExecuteAsync($"INSERT INTO {name} SELECT concat('v', toString(number % 100)), number FROM system.numbers LIMIT 10000");
        Assert.Equal(new string?[] { "10000", "49995000", "100" }, Assert.Single(await client.RowsAsync($"SELECT count(), sum(n), uniqExact(visitor) FROM {name}")));
        using var first = cluster.Client(0);
        using var second = cluster.Client(1);
        var one = (await first.RowsAsync($"SELECT DISTINCT visitor FROM {name}_local")).Select(r => r[0]).ToHashSet();
        var two = (await second.RowsAsync($"SELECT DISTINCT visitor FROM {name}_local")).Select(r => r[0]).ToHashSet();
        Assert.Equal(100, one.Count + two.Count);
        Assert.Empty(one.Intersect(two));
        Assert.NotEmpty(one);
        Assert.NotEmpty(two);
    }
}
