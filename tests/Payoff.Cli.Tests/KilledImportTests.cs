using System.Diagnostics;
using System.Globalization;
using System.Text;
using Payoff.Storage.DuckDb;

namespace Payoff.Cli.Tests;

/// <summary>One file, one transaction: a process killed in the middle of a streaming import leaves nothing of the file.</summary>
public sealed class KilledImportTests
{
    [Fact]
    public async Task A_kill_during_an_import_leaves_no_rows_and_no_import_and_the_file_imports_afterwards()
    {
        using var cli = new CliRun();
        var file = Path.Combine(cli.Folder, "posts.csv");
        await using (var writer = new StreamWriter(file, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        {
            await writer.WriteAsync("\"Post ID\",\"Page ID\",\"Page name\",Title,\"Publish time\",Permalink,\"Post type\",Date,Views,Reach,Reactions,Comments,Shares\n");
            for (var i = 0; i < 400_000; i++)
            {
                await writer.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"1_{i},1,Shop,\"Caption {i}, with a comma\",05/01/2026 10:00,https://fb.com/{i},Photos,Lifetime,{i % 900},{i % 700},5,1,0\n"));
            }
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "payoff.dll"), "--db", cli.Database, "import", "meta-posts", file })
        {
            start.ArgumentList.Add(a);
        }

        using (var process = Process.Start(start)!)
        {
            // Kill it once DuckDB has the database open and rows are streaming in (well before the end).
            var wal = cli.Database + ".wal";
            var waited = Stopwatch.StartNew();
            while (!File.Exists(wal) && !process.HasExited && waited.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(20);
            }

            await Task.Delay(1200);
            Assert.False(process.HasExited, "The import ended before it could be killed; make the file larger.");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        using (var db = DuckDbDatabase.Open(cli.Database, cli.Time))
        {
            Assert.Equal(0, db.Scalar<long>("SELECT count(*) FROM posts"));
            Assert.Equal(0, db.Scalar<long>("SELECT count(*) FROM imports"));
        }

        var again = cli.Run("import", "meta-posts", file);
        Assert.True(again.ExitCode == 0, again.Out + again.Error);
        using var after = DuckDbDatabase.Open(cli.Database, cli.Time);
        Assert.Equal(400_000, after.Scalar<long>("SELECT count(*) FROM posts"));
    }
}
