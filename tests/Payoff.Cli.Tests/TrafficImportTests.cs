using Payoff.Storage.DuckDb;

namespace Payoff.Cli.Tests;

public sealed class TrafficImportTests
{
    private static string Report(string start, string end, int sessions) =>
        $"# Start date: {start}\n# End date: {end}\nSession primary channel group (Default Channel Group),Sessions,Key events\nOrganic Social,{sessions},3\n";

    [Fact]
    public void The_same_period_again_replaces_and_a_partly_overlapping_one_is_refused_with_the_reason()
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("import", "auto", cli.File("may.csv", Report("20260501", "20260531", 100))).ExitCode);
        Assert.Equal(0, cli.Run("import", "ga4-traffic", cli.File("may-again.csv", Report("20260501", "20260531", 120))).ExitCode);
        var overlap = cli.Run("import", "ga4-traffic", cli.File("mid.csv", Report("20260515", "20260615", 90)));
        Assert.Equal(1, overlap.ExitCode);
        Assert.Contains("partly overlaps", overlap.Error, StringComparison.Ordinal);
        using var db = DuckDbDatabase.Open(cli.Database, cli.Time);
        Assert.Equal(120, db.Scalar<long>("SELECT sum(sessions)::BIGINT FROM traffic"));
    }
}
