using Payoff.Testing.ClickHouse;

namespace Payoff.Cli.Tests.ClickHouse;

/// <summary>
/// Issue 21's parity test: the demo workspace (reduced to 20,000 sessions) built by <c>payoff demo</c> at one clock on the
/// embedded DuckDB file and with <c>--store clickhouse://…?cluster=payoff</c> on the two-shard cluster, then every report of
/// <c>payoff report</c> but the PDF (each one listed by the command tree, so a report added later is compared too) read as
/// JSON from both: the documents are the same, character for character.
/// </summary>
public sealed class DemoParityTests : IDisposable
{
    private readonly CliRun duck = new();
    private readonly CliRun house = new();
    private readonly string database = "demo_parity_" + Guid.NewGuid().ToString("N");

    [ClickHouseFact]
    public void Every_report_of_the_demo_is_the_same_json_on_duckdb_and_on_the_cluster()
    {
        var address = ClickHouseCluster.Shared.Address ?? throw new InvalidOperationException("No ClickHouse server: " + ClickHouseCluster.Skip);
        var store = (address with { Database = database }).ToString();
        var built = duck.Run("demo", "--no-serve", "--sessions", "20000", "--format", "json");
        Assert.True(built.ExitCode == 0, built.Error);
        built = house.Run("demo", "--no-serve", "--sessions", "20000", "--format", "json", "--store", store);
        Assert.True(built.ExitCode == 0, built.Error);

        Stores.ReportParity.AssertSame(duck, house, "demo", store);
    }

    public void Dispose()
    {
        duck.Dispose();
        house.Dispose();
        if (ClickHouseCluster.Shared.Address is { } address)
        {
            foreach (var node in address.Nodes.Count == 0 ? [0] : Enumerable.Range(0, address.Nodes.Count))
            {
                using var each = ClickHouseCluster.Shared.ServerClient(node);
                each.ExecuteAsync($"DROP DATABASE IF EXISTS {database}").GetAwaiter().GetResult();
            }
        }
    }
}
