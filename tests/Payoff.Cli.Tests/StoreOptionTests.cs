namespace Payoff.Cli.Tests;

/// <summary>
/// <c>--store</c> and <c>PAYOFF_STORE</c> (issue 21): an address names the store; <c>--store</c> with <c>--db</c>, or both
/// variables set, is an error that says what to do; credentials never ride in the address.
/// </summary>
public sealed class StoreOptionTests : IDisposable
{
    private readonly CliRun cli = new();

    [Fact]
    public void A_duckdb_address_opens_the_same_file_as_db()
    {
        Assert.Equal(0, cli.Run("workspace", "add", "shop").ExitCode);

        var (code, output, error) = cli.Run("workspace", "list", "--store", "duckdb:" + cli.Database);

        Assert.True(code == 0, error);
        Assert.Contains("shop", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Store_and_db_together_are_refused()
    {
        var (code, _, error) = cli.Run("workspace", "list", "--store", "duckdb:" + cli.Database, "--db", cli.Database);

        Assert.NotEqual(0, code);
        Assert.Contains("--store and --db together are an error", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Payoff_store_beside_payoff_db_is_refused_until_one_goes()
    {
        cli.Environment["PAYOFF_STORE"] = "duckdb:" + cli.Database; // CliRun sets PAYOFF_DB too

        var (code, _, error) = cli.Run("workspace", "list");

        Assert.NotEqual(0, code);
        Assert.Contains("PAYOFF_STORE and PAYOFF_DB are both set", error, StringComparison.Ordinal);
        Assert.Equal(0, cli.Run("workspace", "list", "--store", "duckdb:" + cli.Database).ExitCode); // an option settles it
    }

    [Theory]
    [InlineData("clickhouse://ana:secret@127.0.0.1:8123/payoff", "PAYOFF_CLICKHOUSE_USER")]
    [InlineData("clickhouse://127.0.0.1:8123/", "names no database")]
    [InlineData("clickhouse://127.0.0.1:8123/pay-off", "names no database")]
    [InlineData("duckdb:", "names no file")]
    [InlineData("clickhouse://127.0.0.1:8123/payoff?password=secret", "parameter 'password' is unknown")]
    [InlineData("clickhouse:/x", "names no host")]
    [InlineData("https://127.0.0.1:8123/payoff", "'https://' is not a kind of store")]
    [InlineData("clickhouse://127.0.0.1:8123/system", "ClickHouse's own database")]
    public void A_malformed_address_says_which_form_to_use(string address, string said)
    {
        var (code, _, error) = cli.Run("workspace", "list", "--store", address);

        Assert.NotEqual(0, code);
        Assert.Contains(said, error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error, StringComparison.Ordinal);
    }

    public void Dispose() => cli.Dispose();
}
