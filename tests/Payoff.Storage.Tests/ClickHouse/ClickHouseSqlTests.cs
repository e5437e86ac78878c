using Payoff.Core.Stores;
using Payoff.Storage.ClickHouse;

namespace Payoff.Storage.Tests.ClickHouse;

/// <summary>
/// The literal binder and the store address, without a server: every value becomes a typed, escaped literal at its <c>$N</c>;
/// quotes and comments are left alone; what has no literal is refused; credentials never come in the address.
/// </summary>
public sealed class ClickHouseSqlTests
{
    [Fact]
    public void Values_become_typed_escaped_literals_at_their_placeholders_only()
    {
        var sql = ClickHouseSql.Bind(
            "SELECT '$1', `$2` FROM t -- $1 in a comment\nWHERE a = $1 AND b IN $2 AND c = $3 AND d = $4 AND e = $5 AND f = $6 AND g = $7 AND h = $8 AND i = $10 AND j = $9",
            "it's \\ a\nb\u0001", new[] { 1L, 2L }, true, 12.50m, new DateTimeOffset(2025, 7, 1, 14, 30, 5, 123, TimeSpan.FromHours(2)), new DateOnly(2025, 7, 1), null, 0.1, (byte)7, "$1");

        Assert.Equal(
            "SELECT '$1', `$2` FROM t -- $1 in a comment\nWHERE a = 'it\\'s \\\\ a\\x0Ab\\x01' AND b IN [1, 2] AND c = 1 AND d = toDecimal128('12.50', 2)"
            + " AND e = toDateTime('2025-07-01 12:30:05', 'UTC') AND f = toDate('2025-07-01') AND g = NULL AND h = 0.1 AND i = '$1' AND j = 7",
            sql);
    }

    [Fact]
    public void A_missing_or_unused_value_and_values_without_a_literal_are_refused()
    {
        Assert.Contains("$2 has no value", Assert.Throws<ArgumentException>(() => ClickHouseSql.Bind("SELECT $2", 1)).Message, StringComparison.Ordinal);
        Assert.Contains("Value 2 is not used", Assert.Throws<ArgumentException>(() => ClickHouseSql.Bind("SELECT $1", 1, 2)).Message, StringComparison.Ordinal);
        Assert.Contains("enum", Assert.Throws<ArgumentException>(() => ClickHouseSql.Literal(DayOfWeek.Monday)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ClickHouseSql.Literal(double.NaN));
        Assert.Throws<ArgumentException>(() => ClickHouseSql.Literal(Array.Empty<string>()));
        Assert.Throws<ArgumentException>(() => ClickHouseSql.Literal(new object()));
        Assert.Throws<ArgumentException>(() => ClickHouseSql.Bind("SELECT 'open $1", 1));
        Assert.Throws<ArgumentException>(() => ClickHouseSql.Identifier("events; DROP TABLE x"));
        Assert.Equal("`events_local`", ClickHouseSql.Identifier("events_local"));
    }

    [Theory]
    [InlineData("clickhouse://127.0.0.1:8123/payoff", "127.0.0.1", 8123, "payoff", null, "")]
    [InlineData("clickhouse://db.example:9999/payoff?cluster=payoff", "db.example", 9999, "payoff", "payoff", "")]
    [InlineData("clickhouse://localhost/p_1?cluster=c&nodes=127.0.0.1:18123,127.0.0.1:18124", "localhost", 8123, "p_1", "c", "127.0.0.1:18123,127.0.0.1:18124")]
    public void Addresses_name_the_node_database_cluster_and_nodes(string text, string host, int port, string database, string? cluster, string nodes)
    {
        var address = ClickHouseAddress.Parse(text);
        Assert.Equal((host, port, database, cluster, nodes), (address.Host, address.Port, address.Database, address.Cluster, string.Join(',', address.Nodes)));
        Assert.Equal(address, ClickHouseAddress.Parse(address.ToString()) with { Nodes = address.Nodes });
    }

    [Theory]
    [InlineData("clickhouse://admin:secret@127.0.0.1:8123/payoff", "PAYOFF_CLICKHOUSE_USER")]
    [InlineData("http://127.0.0.1:8123/payoff", "is not a ClickHouse store address")]
    [InlineData("clickhouse://127.0.0.1:8123/", "names no database")]
    [InlineData("clickhouse://127.0.0.1:8123/pay-off", "names no database")]
    [InlineData("clickhouse://127.0.0.1:8123/payoff?cluster=a;b", "cluster=NAME")]
    [InlineData("clickhouse://127.0.0.1:8123/payoff?user=admin", "cluster=NAME")]
    [InlineData("clickhouse://127.0.0.1:8123/payoff?nodes=127.0.0.1:1", "needs cluster=NAME")]
    public void Bad_addresses_are_refused_with_what_to_write(string text, string expected)
    {
        Assert.Contains(expected, Assert.Throws<StoreException>(() => ClickHouseAddress.Parse(text)).Message, StringComparison.Ordinal);
    }
}
