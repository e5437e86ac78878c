using System.Text.Json;

namespace Payoff.Cli.Tests;

public sealed class LiveTrackingCommandTests
{
    [Fact]
    public void Site_add_prints_the_script_tag_and_site_list_shows_it_again()
    {
        using var cli = new CliRun();
        var (code, output, _) = cli.Run("site", "add", "https://www.Example.com/shop", "--public-url", "https://go.example.com");
        Assert.Equal(0, code);
        Assert.Contains("Registered example.com", output, StringComparison.Ordinal);
        var tag = output.Split('\n').Single(l => l.StartsWith("<script", StringComparison.Ordinal));
        Assert.Matches("^<script defer src=\"https://go.example.com/p.js\" data-site=\"s_[0-9a-f]{16}\"></script>$", tag.Trim());
        Assert.Contains(tag.Trim(), cli.Run("site", "list", "--public-url", "https://go.example.com").Out, StringComparison.Ordinal);
        var again = cli.Run("site", "add", "example.com");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("registered already", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_create_builds_the_tagged_url_warns_about_spelling_and_refuses_hostile_destinations()
    {
        using var cli = new CliRun();
        cli.Run("site", "add", "example.com");
        var (code, output, _) = cli.Run("link", "create", "--to", "https://example.com/spring", "--network", "facebook", "--campaign", "Spring Sale", "--slug", "spring", "--format", "json");
        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("https://example.com/spring?utm_source=facebook&utm_medium=social&utm_campaign=Spring%20Sale", json.GetProperty("taggedUrl").GetString());
        Assert.Equal("http://127.0.0.1:5080/l/spring", json.GetProperty("shortUrl").GetString());

        var second = cli.Run("link", "create", "--to", "https://example.com/", "--source", "facebook", "--medium", "social", "--campaign", "spring-sale");
        Assert.Contains("written 'Spring Sale'", second.Out, StringComparison.Ordinal);

        var hostile = cli.Run("link", "create", "--to", "javascript:alert(1)", "--source", "x", "--medium", "social", "--campaign", "c");
        Assert.Equal(1, hostile.ExitCode);
        Assert.Contains("Only http and https", hostile.Error, StringComparison.Ordinal);
        var foreign = cli.Run("link", "create", "--to", "https://example.com.evil.com/", "--source", "x", "--medium", "social", "--campaign", "c");
        Assert.Contains("not one of this workspace's sites", foreign.Error, StringComparison.Ordinal);

        var qr = Path.Combine(cli.Folder, "spring.svg");
        Assert.Equal(0, cli.Run("link", "qr", "spring", "--output", qr).ExitCode);
        Assert.StartsWith("<svg", File.ReadAllText(qr).TrimStart()[..4], StringComparison.Ordinal);
        Assert.Contains("spring", cli.Run("link", "list").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_links_and_status_work_on_a_database_without_live_data()
    {
        using var cli = new CliRun();
        cli.Run("site", "add", "example.com");
        cli.Run("link", "create", "--to", "https://example.com/", "--network", "linkedin", "--campaign", "launch", "--slug", "launch");
        var report = JsonDocument.Parse(cli.Run("report", "links", "--format", "json").Out).RootElement;
        var row = report.GetProperty("rows")[0];
        Assert.Equal("launch", row.GetProperty("slug").GetString());
        Assert.Equal(0, row.GetProperty("clicks").GetInt64());
        var status = JsonDocument.Parse(cli.Run("status", "--format", "json").Out).RootElement;
        Assert.Equal(1, status.GetProperty("links").GetInt64());
        Assert.Equal(0, status.GetProperty("droppedByReason").GetProperty("preview_fetcher").GetInt64());
        var csv = cli.Run("report", "links", "--format", "csv").Out.Split("\r\n");
        Assert.Equal("Short link,Status,Destination,Source,Medium,Campaign,Content,Clicks,Unique,Bot clicks,Sessions,Contacts,Customers,Revenue (USD)", csv[0]);
        Assert.StartsWith("launch,,https://example.com/,linkedin,", csv[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_are_shown_once_listed_without_their_secret_and_revoked()
    {
        using var cli = new CliRun();
        var (code, secret, _) = cli.Run("key", "create", "shop backend", "--scope", "write");
        Assert.Equal(0, code);
        Assert.Matches("^pk_[A-Za-z0-9_-]{43}$", secret.Trim());
        var list = cli.Run("key", "list").Out;
        Assert.Contains("shop backend", list, StringComparison.Ordinal);
        Assert.DoesNotContain(secret.Trim(), list, StringComparison.Ordinal);
        Assert.Equal(0, cli.Run("key", "revoke", "1").ExitCode);
        Assert.Equal(1, cli.Run("key", "revoke", "1").ExitCode);
    }
}
