using System.Text;
using Payoff.Storage.DuckDb;

namespace Payoff.Cli.Tests;

public sealed class EncodingTests
{
    [Fact]
    public void A_windows_1250_export_is_refused_with_a_hint_and_read_correctly_when_its_encoding_is_named()
    {
        using var cli = new CliRun();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = Path.Combine(cli.Folder, "polish.csv");
        File.WriteAllBytes(path, Encoding.GetEncoding(1250).GetBytes("date,network,metric,value,account\n2026-03-01,Facebook,followers,400,Piekarnia Łódź\n"));

        var refused = cli.Run("import", "metrics", path);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("--encoding windows-1250", refused.Out + refused.Error, StringComparison.Ordinal);

        Assert.Equal(0, cli.Run("import", "metrics", path, "--encoding", "windows-1250").ExitCode);
        using (var db = DuckDbDatabase.Open(cli.Database, cli.Time))
        {
            Assert.Equal("Piekarnia Łódź", db.Scalar<string>("SELECT account FROM account_metrics"));
        }

        var unknown = cli.Run("import", "metrics", path, "--encoding", "ebcdic");
        Assert.Contains("is not one Payoff reads", unknown.Error, StringComparison.Ordinal);
    }
}
