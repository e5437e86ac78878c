using System.Globalization;
using System.Text.RegularExpressions;

namespace Payoff.Cli.Tests;

/// <summary>
/// The Native AOT CLI (src/Payoff.Cli.Native, what <c>./payoff</c> runs where a C toolchain is present) prints what
/// the ReadyToRun CLI prints, byte for byte, and ends with the same exit code (issue 16 §3). Each command runs as a
/// process of both builds on a fresh copy of one demo database: the native binary published by
/// <see cref="NativeCli"/>, and the apphost of src/Payoff.Cli built in this test run's configuration (the same
/// code as the ReadyToRun publish, compiled ahead of time or not). The top level's help and errors are not compared:
/// they list every command, and <c>./payoff</c> leaves them to the full build. Two differences are allowed: elapsed
/// times, and the last digits of a long double (1.1103310211345598 against 1.11033102113456): the attribution models
/// sum credit in the order DuckDB returns the journeys, which varies from run to run in either build.
/// </summary>
public sealed partial class NativeCliTests(NativeCli cli) : IClassFixture<NativeCli>
{
    private const string Data = "Data";

    /// <summary>Every report in every format, each attribution model, the lists, imports with and without writing, and errors.</summary>
    public static TheoryData<string[]> Commands()
    {
        var commands = new TheoryData<string[]>();
        string[] reports = ["sources", "benchmark", "links", "costs", "social", "audience", "goals", "roi", "verdict", "actions", "kpi", "attribution", "paths"];
        foreach (var report in reports)
        {
            foreach (var format in (string[])["table", "csv", "json"])
            {
                commands.Add(["report", report, "-w", "demo", "--format", format]);
            }
        }

        string[] models = ["first-touch", "last-touch", "last-non-direct", "linear", "time-decay", "position-based", "markov", "shapley"];
        foreach (var model in models)
        {
            commands.Add(["report", "attribution", "-w", "demo", "--model", model, "--format", "json"]);
            commands.Add(["report", "roi", "-w", "demo", "--model", model, "--format", "json"]);
        }

        commands.Add(["report", "attribution", "-w", "demo", "--by", "campaign", "--conversion", "customer"]);
        commands.Add(["report", "attribution", "-w", "demo", "--journeys", "paths", "--format", "json"]);
        commands.Add(["report", "sources", "-w", "demo", "--by", "campaign", "--format", "json"]);
        commands.Add(["report", "sources", "-w", "demo", "--compare", "previous-year", "--format", "json"]);
        commands.Add(["report", "roi", "-w", "demo", "--by", "campaign", "--format", "csv"]);
        commands.Add(["report", "costs", "-w", "demo", "--by", "month", "--format", "json"]);
        commands.Add(["report", "social", "-w", "demo", "--by", "account", "--format", "json"]);
        commands.Add(["report", "sources", "--help"]);

        commands.Add(["status"]);
        commands.Add(["workspace", "list"]);
        commands.Add(["goal", "list", "-w", "demo"]);
        commands.Add(["goal", "show", "1", "-w", "demo", "--format", "json"]);
        commands.Add(["goal", "add", "-w", "demo", "--name", "More leads", "--metric", "contacts", "--target-percent", "20", "--deadline", "2027-06-30", "--format", "json"]);
        commands.Add(["metrics", "-w", "demo"]);
        commands.Add(["time", "list", "-w", "demo"]);
        commands.Add(["fee", "list", "-w", "demo"]);
        commands.Add(["value", "list", "-w", "demo"]);
        commands.Add(["currency", "list", "-w", "demo"]);
        commands.Add(["cost", "time", "--rate", "10", "--minutes-per-day", "30", "--days", "weekdays", "--period", "year"]);
        commands.Add(["key", "list", "-w", "demo"]);
        commands.Add(["user", "list"]);
        commands.Add(["imports", "list", "-w", "demo"]);
        commands.Add(["classify", "-w", "demo", "--url", "https://shop.example/?utm_source=facebook&utm_medium=paid-social&utm_campaign=spring", "--format", "json"]);
        commands.Add(["maintenance", "rebuild-rollups", "-w", "demo"]);
        commands.Add(["workspace", "add", "shop"]);
        commands.Add(["backup", "--help"]);

        commands.Add(["import", "ga4-traffic", "-w", "demo", $"{Data}/GA4/traffic-channel-may.csv"]);
        commands.Add(["import", "hubspot-contacts", "-w", "demo", "--dry-run", "--format", "json", $"{Data}/HubSpot/hubspot-crm-exports-all-contacts-2026-06-01.csv"]);
        commands.Add(["import", "meta-posts", "-w", "demo", "--dry-run", $"{Data}/Meta/facebook-posts.csv"]);
        commands.Add(["import", "meta-ads", "-w", "demo", "--format", "json", $"{Data}/Meta/ads-daily.csv"]);
        commands.Add(["import", "linkedin-page", "-w", "demo", "--dry-run", "--format", "json", $"{Data}/LinkedIn/acme-analytics_content_1717200000000.xlsx"]);
        commands.Add(["import", "linkedin-page", "-w", "demo", $"{Data}/LinkedIn/acme-analytics_followers_1717200000000.xls"]);
        commands.Add(["import", "youtube", "-w", "demo", "--dry-run", "--format", "json", $"{Data}/YouTube/Content 2026-06-01_2026-07-31 Acme Analytics.zip"]);
        commands.Add(["import", "auto", "-w", "demo", $"{Data}/X/account_overview_analytics.csv", $"{Data}/TikTok/FollowerHistory.csv"]);
        commands.Add(["import", "meta-audience", "-w", "demo", "--dry-run", "--format", "json", $"{Data}/Meta/Instagram audience age and gender 2026-05-31.csv"]);
        commands.Add(["import", "auto", "-w", "demo", $"{Data}/TikTok/FollowerTopTerritories_2026-05-01_2026-05-31.csv", $"{Data}/YouTube/Geography 2026-06-01_2026-07-31 Acme Analytics.zip", $"{Data}/LinkedIn/acme-analytics_followers_1782864000000.xlsx"]);
        commands.Add(["report", "audience", "-w", "demo", "--network", "tiktok", "--format", "json"]);

        commands.Add(["report", "sources", "-w", "nowhere"]);
        commands.Add(["report", "roi", "-w", "demo", "--model", "newest"]);
        commands.Add(["report", "sources", "-w", "demo", "--from", "2026-02-30"]);
        commands.Add(["report", "verdict", "-w", "demo", "--format", "xml"]);
        commands.Add(["import", "events", "-w", "demo", $"{Data}/Meta/ads-daily.csv"]);
        commands.Add(["import", "contacts", "-w", "demo", $"{Data}/no-such-file.csv"]);
        commands.Add(["restore", $"{Data}/no-such-backup.duckdb"]);
        commands.Add(["report", "sourcs", "-w", "demo"]);
        return commands;
    }

    [NativeToolchainTheory]
    [MemberData(nameof(Commands))]
    public void The_native_cli_prints_what_the_ready_to_run_cli_prints(string[] command)
    {
        var expected = Timeless(cli.Run(cli.ReadyToRun, command));
        var actual = Timeless(cli.Run(cli.Native, command));

        Assert.Equal(expected.Out, actual.Out);
        Assert.Equal(expected.Error, actual.Error);
        Assert.Equal(expected.ExitCode, actual.ExitCode);
    }

    [NativeToolchainFact]
    public void The_native_publish_has_no_trim_or_aot_warnings_from_payoffs_own_code()
    {
        // The compiler's analyzers name our source file, the AOT compiler the method too ("….cs(17): AOT analysis warning IL3050: Payoff.…").
        var ours = cli.PublishLog.Split('\n')
            .Select(l => Regex.Replace(l, @" \[[^\]]*\.csproj\]\s*$", ""))
            .Where(l => Regex.IsMatch(l, @"warning IL\d+") && Regex.IsMatch(l, @"[/\\]src[/\\]Payoff\.|warning IL\d+: Payoff\."))
            .Distinct();

        Assert.Empty(ours);
    }

    /// <summary>The output with "in 0.2 s" (how long a step took) as "in … s", and doubles of 13 or more digits to 12.</summary>
    private static (int ExitCode, string Out, string Error) Timeless((int ExitCode, string Out, string Error) run) =>
        (run.ExitCode, Steady(run.Out), Steady(run.Error));

    private static string Steady(string output) =>
        LongDouble().Replace(Elapsed().Replace(output, "in … s"), m => double.Parse(m.Value, CultureInfo.InvariantCulture).ToString("G12", CultureInfo.InvariantCulture));

    [GeneratedRegex(@"(?<![\w.])-?\d+\.\d{12,}(?![\w.])")]
    private static partial Regex LongDouble();

    [GeneratedRegex(@"\bin \d+(?:\.\d+)? s\b")]
    private static partial Regex Elapsed();
}
