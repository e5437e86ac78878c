using Payoff.Import.GoogleAnalytics;

namespace Payoff.Import.Tests;

public sealed class Ga4TrafficReaderTests
{
    [Fact]
    public void The_period_comes_from_the_preamble_and_the_totals_row_is_skipped()
    {
        var file = Ga4TrafficReader.Read(Path.Combine(AppContext.BaseDirectory, "Data", "GA4", "traffic-channel-may.csv"));
        Assert.Empty(file.Errors);
        Assert.Equal(
            ["channel Organic Social 2026-05-01..2026-05-31 1204 800 31 1250.50", "channel Direct 2026-05-01..2026-05-31 900 500 12 400", "channel Paid Social 2026-05-01..2026-05-31 300 120 4 "],
            file.Records.Select(r => $"{r.Dimension} {r.Value} {r.From:yyyy-MM-dd}..{r.To:yyyy-MM-dd} {r.Sessions} {r.EngagedSessions} {r.KeyEvents} {r.Revenue}").ToList());
        Assert.Equal(4, file.Rows);
    }

    [Fact]
    public void A_report_without_a_period_says_so()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ga4-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "Session source / medium,Sessions,Conversions\ngoogle / organic,10,1\n");
        var error = Assert.Throws<Payoff.Import.Csv.ImportFileException>(() => Ga4TrafficReader.Read(path));
        Assert.Contains("period is unknown", error.Message, StringComparison.Ordinal);
        File.WriteAllText(path, "Date,Session source / medium,Sessions,Conversions\n20260501,google / organic,10,1\n");
        var daily = Assert.Single(Ga4TrafficReader.Read(path).Records);
        Assert.Equal(("source_medium", new DateOnly(2026, 5, 1), 1m), (daily.Dimension, daily.From, daily.KeyEvents!.Value));
        File.Delete(path);
    }

    [Fact]
    public void Regression_issue_13_a_compare_export_stores_each_row_in_its_own_date_range()
    {
        var file = Ga4TrafficReader.Read(Path.Combine(AppContext.BaseDirectory, "Data", "Cases", "ga4-compare.csv"));

        Assert.Empty(file.Errors);
        Assert.Equal(
            ["Organic Social 2026-05-01..2026-05-31 1204", "Organic Social 2026-04-01..2026-04-30 1000", "Direct 2026-05-01..2026-05-31 900", "Direct 2026-04-01..2026-04-30 800"],
            file.Records.Select(r => $"{r.Value} {r.From:yyyy-MM-dd}..{r.To:yyyy-MM-dd} {r.Sessions}").ToList());
    }

    [Fact]
    public void A_compare_row_whose_range_cannot_be_read_is_an_error_naming_the_row_and_column()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ga4-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "Session default channel group,Date range,Sessions\nDirect,\"May 1, 2026 - May 31, 2026\",10\nDirect,last month,8\n");
        var file = Ga4TrafficReader.Read(path);
        Assert.Single(file.Records);
        var error = Assert.Single(file.Errors);
        Assert.Equal((3L, "Date range"), (error.Row, error.Column));
        File.Delete(path);
    }
}
