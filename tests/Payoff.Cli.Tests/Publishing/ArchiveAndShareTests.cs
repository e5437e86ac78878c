using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Payoff.Application.Publishing;

namespace Payoff.Cli.Tests.Publishing;

/// <summary>The archive keeps each report file until an erasure request deletes those naming the person; share links expire (issue 20).</summary>
public sealed class ArchiveAndShareTests
{
    [Fact]
    public void An_erasure_request_deletes_the_archived_files_that_name_the_person()
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("program", "add", "--name", "Friends", "--advocate-reward", "10.00", "--friend-reward", "5.00", "--on", "lead").ExitCode);
        Assert.Equal(0, cli.Run("advocate", "add", "--contact", "c-zoe", "--code", "ZOE22", "--followers", "40").ExitCode);
        var events = cli.File("referrals.csv", """
            event_id,timestamp,visitor_id,type,url,referrer,value,currency,contact_id,name
            z1,2025-07-01T10:00:00Z,v1,pageview,https://shop.example.com/?ref=ZOE22&utm_source=referral&utm_medium=advocate&utm_campaign=Friends,,,,,
            z2,2025-07-01T10:05:00Z,v1,lead,https://shop.example.com/thanks,,,,c-f1,signup
            """);
        Assert.Equal(0, cli.Run("import", "events", events).ExitCode);
        Assert.Equal(0, cli.Run("template", "add", "--name", "friends", "--title", "Friends", "--sections", "advocates").ExitCode);
        var named = Path.Combine(cli.Folder, "named.pdf");
        var other = Path.Combine(cli.Folder, "other.pdf");
        Assert.Equal(0, cli.Run("report", "pdf", "--template", "friends", "--from", "2025-07-01", "--to", "2025-07-14", "-o", named).ExitCode);
        Assert.Equal(0, cli.Run("report", "pdf", "--template", "weekly-summary", "-o", other).ExitCode);
        Assert.Contains("ZOE22", PdfText.Read(named).Words);
        var unwritable = cli.Run("report", "pdf", "--template", "weekly-summary", "-o", Path.Combine(cli.Folder, "no-such-folder", "x.pdf"));
        Assert.Equal(1, unwritable.ExitCode);
        Assert.Contains("Could not write", unwritable.Error, StringComparison.Ordinal);

        // The file that could not be written is not archived: two files, not three.
        var files = JsonDocument.Parse(cli.Run("archive", "list", "--format", "json").Out).RootElement.GetProperty("files");
        Assert.Equal(2, files.GetArrayLength());
        var copy = Path.Combine(cli.Folder, "copy.pdf");
        var namedId = files[1].GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, cli.Run("archive", "get", namedId, "-o", copy).ExitCode);
        Assert.Equal(File.ReadAllBytes(named), File.ReadAllBytes(copy));

        Assert.Contains("from 1 archived file", cli.Run("archive", "erase", "--person", "zoe22").Out, StringComparison.Ordinal);
        files = JsonDocument.Parse(cli.Run("archive", "list", "--format", "json").Out).RootElement.GetProperty("files");
        Assert.Equal((0L, false), (files[1].GetProperty("bytes").GetInt64(), files[1].GetProperty("erased_at").ValueKind == JsonValueKind.Null));
        Assert.True(files[0].GetProperty("bytes").GetInt64() > 0);
        var gone = cli.Run("archive", "get", namedId, "-o", copy);
        Assert.Equal(1, gone.ExitCode);
        Assert.Contains("deleted by an erasure request", gone.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_link_stops_opening_when_it_expires()
    {
        using var cli = new CliRun();
        var created = cli.Run("share", "create", "--template", "weekly-summary", "--days", "2", "--url", "https://go.example.com");
        Assert.True(created.ExitCode == 0, created.Error);
        var token = created.Out.Split('\n').Single(l => l.StartsWith("https://go.example.com/share/", StringComparison.Ordinal)).Trim()[^43..];
        using var store = CliComposition.OpenStore(cli.Database, cli.Time);
        using var services = CliServices.Create(store, cli.Time);
        using var scope = services.CreateScope();
        var shares = scope.ServiceProvider.GetRequiredService<SharesHandler>();
        bool Opens()
        {
            return Task.Run(async () =>
            {
                await using var session = await store.OpenSessionAsync();
                return await shares.OpenAsync(session, token, "test") is not null;
            }).GetAwaiter().GetResult();
        }

        Assert.True(Opens());
        cli.Time.Advance(TimeSpan.FromDays(2) - TimeSpan.FromSeconds(1));
        Assert.True(Opens());
        cli.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.False(Opens());
        var listed = JsonDocument.Parse(cli.Run("share", "list", "--format", "json").Out).RootElement.GetProperty("shares")[0];
        Assert.Equal(("expired", 2), (listed.GetProperty("state").GetString(), listed.GetProperty("opens").GetInt32()));
        Assert.Contains("--days must be 1 to 366", cli.Run("share", "create", "--template", "weekly-summary", "--days", "400").Error, StringComparison.Ordinal);
        Assert.Contains("Give --template or --page", cli.Run("share", "create").Error, StringComparison.Ordinal);
    }
}
