using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Payoff.Cli.Tests;

/// <summary>Issue 13 §5: every report states what it is, and its figures stay whole at 80 and 120 columns.</summary>
public sealed class ReportLayoutTests
{
    // June and July 2025: 40 Facebook visits a day (a lead every day, 1,250.50 of revenue every fifth), 3 organic search visits a day.
    private static CliRun Workspace()
    {
        var cli = new CliRun();
        var csv = new StringBuilder("event_id,timestamp,visitor_id,type,url,referrer,value,currency,contact_id,name\n");
        var n = 0;
        for (var day = new DateOnly(2025, 6, 1); day <= new DateOnly(2025, 7, 15); day = day.AddDays(1))
        {
            for (var i = 0; i < 43; i++)
            {
                var (url, referrer) = i < 40 ? ("https://shop.example.com/?utm_source=facebook&utm_medium=paid_social&utm_campaign=summer-sale", string.Empty) : ("https://shop.example.com/", "https://www.google.com/");
                csv.Append(CultureInfo.InvariantCulture, $"e{++n},{day:yyyy-MM-dd}T{10 + (i / 6):00}:{i % 6 * 9:00}:00Z,v{day:MMdd}-{i},pageview,{url},{referrer},,,,\n");
            }

            csv.Append(CultureInfo.InvariantCulture, $"e{++n},{day:yyyy-MM-dd}T20:00:00Z,v{day:MMdd}-0,lead,,,,,c{day:MMdd},\n");
            if (day.Day % 5 == 0)
            {
                csv.Append(CultureInfo.InvariantCulture, $"e{++n},{day:yyyy-MM-dd}T21:00:00Z,v{day:MMdd}-0,customer,,,1250.50,USD,c{day:MMdd},\n");
            }
        }

        Assert.Equal(0, cli.Run("import", "events", cli.File("events.csv", csv.ToString())).ExitCode);
        Assert.Equal(0, cli.Run("import", "costs", cli.File("costs.csv", "date,network,campaign,amount,currency\n2025-07-02,Facebook,summer-sale,12345.67,USD\n")).ExitCode);
        Assert.Equal(0, cli.Run("time", "rate", "35").ExitCode);
        Assert.Equal(0, cli.Run("time", "log", "--network", "Facebook", "--hours", "7.5", "--date", "2025-07-03").ExitCode);
        return cli;
    }

    private static void AssertFits(string output, int width)
    {
        Assert.All(output.Split('\n'), line => Assert.True(line.TrimEnd('\r').Length <= width, $"{line.Length} > {width}: {line}"));
    }

    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    public void Regression_roi_minus_100_percent_without_a_period_the_roi_table_names_itself_and_keeps_every_figure_whole_at_80_and_120_columns(int width)
    {
        using var cli = Workspace();
        string[] args = ["report", "roi", "--from", "2025-07-01", "--to", "2025-07-15", "--by", "campaign"];
        var json = JsonDocument.Parse(cli.Run([.. args, "--format", "json"]).Out).RootElement;
        cli.Width = width;

        var table = cli.Run(args).Out;

        Assert.StartsWith("ROI · default · 2025-07-01 to 2025-07-15 · by campaign", table, StringComparison.Ordinal);
        AssertFits(table, width);
        var facebook = json.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("campaign").GetString() == "summer-sale");
        Assert.Contains(facebook.GetProperty("revenue").GetDecimal().ToString("N2", CultureInfo.InvariantCulture), table, StringComparison.Ordinal);
        Assert.Contains(facebook.GetProperty("total_cost").GetDecimal().ToString("N2", CultureInfo.InvariantCulture), table, StringComparison.Ordinal);
        Assert.Matches("│[^│\n]*assigned", table);
        Assert.Contains("Social networks", table, StringComparison.Ordinal);
        Assert.Contains("All channels", table, StringComparison.Ordinal);
        Assert.Contains($"Left out to fit {width} columns:", table, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    public void The_sources_benchmark_links_and_attribution_reports_fit_80_and_120_columns_with_their_titles(int width)
    {
        using var cli = Workspace();
        cli.Width = width;

        var sources = cli.Run("report", "sources", "--from", "2025-07-01", "--to", "2025-07-15", "--compare", "previous-period").Out;
        var benchmark = cli.Run("report", "benchmark", "--months", "2", "--to", "2025-07-15").Out;
        var attribution = cli.Run("report", "attribution", "--from", "2025-07-01", "--to", "2025-07-15").Out;

        Assert.StartsWith("Sources · default · 2025-07-01 to 2025-07-15 · by network", sources, StringComparison.Ordinal);
        Assert.StartsWith("Monthly benchmark · default · 2025-06 to 2025-07", benchmark, StringComparison.Ordinal);
        Assert.StartsWith("Attribution · default · 2025-07-01 to 2025-07-15", attribution, StringComparison.Ordinal);
        Assert.StartsWith("Converting paths · default · 2025-07-01 to 2025-07-15", cli.Run("report", "paths", "--from", "2025-07-01", "--to", "2025-07-15").Out, StringComparison.Ordinal);
        foreach (var output in new[] { sources, benchmark, attribution })
        {
            AssertFits(output, width);
        }

        Assert.Contains("│      645 │", sources, StringComparison.Ordinal);
        Assert.Contains("│ 7,503.00 │", benchmark.Replace("      7,503.00", " 7,503.00", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("│ first-touch │", attribution, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_empty_in_every_row_are_left_out_of_social_and_costs()
    {
        using var cli = Workspace();
        Assert.Equal(0, cli.Run("import", "metrics", cli.File("daily.csv", "date,network,metric,value,account\n2025-07-10,Facebook,views,15000,shop\n2025-07-10,Facebook,engagements,15000,shop\n")).ExitCode);

        var social = cli.Run("report", "social", "--from", "2025-07-01", "--to", "2025-07-15").Out;
        var costs = cli.Run("report", "costs", "--from", "2025-07-01", "--to", "2025-07-15").Out;

        Assert.StartsWith("Social · default · 2025-07-01 to 2025-07-15", social, StringComparison.Ordinal);
        Assert.DoesNotContain("Posts", social.Split('\n')[2], StringComparison.Ordinal);
        Assert.Contains("No posts imported", social, StringComparison.Ordinal);
        var adCosts = costs[costs.IndexOf("Costs · default", StringComparison.Ordinal)..];
        Assert.DoesNotContain("Month", adCosts, StringComparison.Ordinal);
        Assert.DoesNotContain("Campaign", adCosts, StringComparison.Ordinal);
        Assert.Contains("12,345.67", adCosts, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kpi_family_that_cannot_be_measured_carries_no_weight_and_no_column()
    {
        using var cli = Workspace();

        var kpi = cli.Run("report", "kpi", "--from", "2025-07-01", "--to", "2025-07-15").Out;

        Assert.StartsWith("Program KPIs · default · 2025-07-01 to 2025-07-15 · engagement", kpi, StringComparison.Ordinal);
        Assert.DoesNotContain("Exchange (×0.5)", kpi, StringComparison.Ordinal);
        Assert.Contains("Exchange cannot be measured for any row", kpi, StringComparison.Ordinal);
    }
}
