using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Payoff.Cli.Tests;

/// <summary>
/// Issue 13, §3.3: every amount the reports print has its currency's ISO 4217 minor unit — no decimals
/// for JPY, three for KWD, two for USD — in tables, verdict sentences and JSON.
/// </summary>
public sealed class MoneyMinorUnitTests
{
    // CliRun's clock is 2025-07-15: the verdict judges April–June 2025. Every day Facebook brings
    // 20 visits; every tenth day a lead and a customer worth 1234.5 in the workspace currency.
    private static string Events()
    {
        var csv = new StringBuilder("event_id,timestamp,visitor_id,type,url,referrer,value,currency,contact_id,name\n");
        var n = 0;
        for (var day = new DateOnly(2025, 4, 1); day <= new DateOnly(2025, 6, 30); day = day.AddDays(1))
        {
            for (var i = 0; i < 20; i++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"e{++n},{day:yyyy-MM-dd}T10:{i:00}:00Z,fb-{day:MMdd}-{i},pageview,https://shop.example.com/?utm_source=facebook&utm_medium=social&utm_campaign=spring,,,,,\n");
            }

            if (day.Day % 10 == 0)
            {
                csv.Append(CultureInfo.InvariantCulture, $"e{++n},{day:yyyy-MM-dd}T11:00:00Z,fb-{day:MMdd}-0,lead,,,,,c{day:MMdd},\n");
                csv.Append(CultureInfo.InvariantCulture, $"e{++n},{day:yyyy-MM-dd}T12:00:00Z,fb-{day:MMdd}-0,customer,,,1234.5,,c{day:MMdd},\n");
            }
        }

        return csv.ToString();
    }

    private static CliRun Workspace(string currency)
    {
        var cli = new CliRun();
        if (currency != "USD")
        {
            Assert.Equal(0, cli.Run("workspace", "set", "--currency", currency).ExitCode);
        }

        Assert.Equal(0, cli.Run("import", "events", cli.File("events.csv", Events())).ExitCode);
        Assert.Equal(0, cli.Run("time", "rate", "1000.25").ExitCode);
        Assert.Equal(0, cli.Run("time", "log", "--network", "Facebook", "--hours", "1.5", "--date", "2025-06-05").ExitCode);
        return cli;
    }

    private static string Out(CliRun cli, params string[] args)
    {
        var (code, output, error) = cli.Run(args);
        Assert.True(code == 0, error);
        return output;
    }

    [Theory]
    [InlineData("JPY", "1,235", "1,500", "1,234.50")]
    [InlineData("KWD", "1,234.500", "1,500.375", "1,234.50 ")]
    [InlineData("USD", "1,234.50", "1,500.38", "1,234.500")]
    public void Regression_issue_13_report_roi_prints_amounts_with_the_currency_minor_unit(string currency, string revenue, string staff, string notShown)
    {
        using var cli = Workspace(currency);

        var text = Out(cli, "report", "roi", "--from", "2025-06-10", "--to", "2025-06-10");

        Assert.Contains(revenue, text, StringComparison.Ordinal);
        cli.Width = 400;
        var month = Out(cli, "report", "roi", "--from", "2025-06-01", "--to", "2025-06-30");
        Assert.Matches($@"│\s+1\.5 │\s+{System.Text.RegularExpressions.Regex.Escape(staff)} │", month);
        Assert.DoesNotContain(notShown, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("JPY", "1,235", "1,234.50")]
    [InlineData("KWD", "1,234.500", "1,234.50 ")]
    [InlineData("USD", "1,234.50", "1,234.500")]
    public void Regression_issue_13_report_sources_prints_revenue_with_the_currency_minor_unit(string currency, string revenue, string notShown)
    {
        using var cli = Workspace(currency);

        var text = Out(cli, "report", "sources", "--from", "2025-06-10", "--to", "2025-06-10");

        Assert.Contains(revenue, text, StringComparison.Ordinal);
        Assert.DoesNotContain(notShown, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("JPY", "staff time 1,500 JPY for 1.5 h", 1500)]
    [InlineData("KWD", "staff time 1,500.375 KWD for 1.5 h", 1500.375)]
    [InlineData("USD", "staff time 1,500.38 USD for 1.5 h", 1500.38)]
    public void Regression_issue_13_the_verdict_writes_its_amounts_with_the_currency_minor_unit(string currency, string sentence, double timeCost)
    {
        using var cli = Workspace(currency);

        Assert.Contains(sentence, Out(cli, "report", "verdict"), StringComparison.Ordinal);
        var facebook = JsonDocument.Parse(Out(cli, "report", "verdict", "--format", "json")).RootElement.GetProperty("rows").EnumerateArray().Single();
        Assert.Equal((decimal)timeCost, facebook.GetProperty("time_cost").GetDecimal());
    }

    [Theory]
    [InlineData("JPY", "costs 1,000.25 JPY")]
    [InlineData("KWD", "costs 1,000.250 KWD")]
    [InlineData("USD", "costs 1,000.25 USD")]
    public void An_hourly_rate_is_printed_as_written_with_at_least_the_currency_minor_unit(string currency, string said)
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("workspace", "set", "--currency", currency).ExitCode);

        Assert.Contains(said, Out(cli, "time", "rate", "1000.25"), StringComparison.Ordinal);
    }
}
