using Payoff.Application.Tables;
using Payoff.Cli.Output;
using Payoff.Core.Reporting;
using Spectre.Console;
using TableColumn = Payoff.Application.Tables.TableColumn;
using TableRow = Payoff.Application.Tables.TableRow;

namespace Payoff.Cli.Tests;

/// <summary>The CLI's renderer of a report's one table: fitted in the terminal, CSV as the web exports it.</summary>
public sealed class TableOutputTests
{
    private static readonly ReportTable Table = new(
        "roi",
        "ROI",
        [new("Network"), new("Sessions", CellKind.Count) { DropRank = 1 }, TableColumn.Money("Revenue (USD)", "USD"), new("ROI", CellKind.Percent), new("Customers", CellKind.Count) { DropRank = 3 },
            new("Δ sessions", CellKind.Change) { DropRank = 2 }],
        [
            new TableRow(["=cmd|' /C calc'!A0", 1200L, 10.5m, 0.25m, 3L, new Change(ChangeKind.Compared, 0.5m, null)]),
            new TableRow(["Facebook, EU", 7L, -12.5m, null, 0L, new Change(ChangeKind.New, null, "Nothing in the comparison period.")]),
        ],
        new TableRow(["Total", 1207L, -2m, null, 3L, null]))
    {
        Notes = ["Amounts in USD."],
        Warnings = ["A currency without a rate."],
    };

    [Fact]
    public void A_narrow_terminal_leaves_out_the_highest_drop_rank_first_and_keeps_rank_zero()
    {
        var (console, output) = Console(width: 62, ansi: false);

        TableOutput.WriteTable(console, Table, "ROI · test");

        var text = output.ToString();
        Assert.Contains("Left out to fit 62 columns: Customers, Δ sessions.", text, StringComparison.Ordinal);
        Assert.Contains("Sessions", text, StringComparison.Ordinal);
        Assert.Contains("25.00 %", text, StringComparison.Ordinal);
        Assert.Contains("Revenue (USD)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("+50.0 %", text, StringComparison.Ordinal);
        Assert.Contains("Amounts in USD.", text, StringComparison.Ordinal);
        Assert.Contains("Warning: A currency without a rate.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_column_with_a_drop_rank_is_left_out_of_a_narrow_terminal_and_one_without_is_kept()
    {
        var table = new ReportTable(
            "links",
            "Links",
            [new("Short link"), new("Destination") { DropRank = 2 }, new("Campaign"), new("Clicks", CellKind.Count), new("Unique", CellKind.Count) { DropRank = 1 }],
            [new TableRow(["launch", "https://example.com/a-rather-long-landing-page", "spring-launch", 12L, 9L])]);
        var (narrow, narrowOutput) = Console(width: 50, ansi: false);
        var (wide, wideOutput) = Console(width: 120, ansi: false);

        TableOutput.WriteTable(narrow, table, "Links · test");
        TableOutput.WriteTable(wide, table, "Links · test");

        Assert.Contains("Left out to fit 50 columns: Destination.", narrowOutput.ToString(), StringComparison.Ordinal);
        Assert.Contains("spring-launch", narrowOutput.ToString(), StringComparison.Ordinal);
        Assert.Contains("Unique", narrowOutput.ToString(), StringComparison.Ordinal);
        Assert.Contains("Destination", wideOutput.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Left out to fit", wideOutput.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_wide_terminal_shows_every_column_with_changes_and_money_in_the_minor_unit()
    {
        var (console, output) = Console(width: 200, ansi: false);

        TableOutput.WriteTable(console, Table, "ROI · test");

        var text = output.ToString();
        Assert.DoesNotContain("Left out to fit", text, StringComparison.Ordinal);
        Assert.Contains("+50.0 %", text, StringComparison.Ordinal);
        Assert.Contains("-12.50", text, StringComparison.Ordinal);
        Assert.Contains("1,207", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_totals_row_is_bold()
    {
        var (console, output) = Console(width: 200, ansi: true);

        TableOutput.WriteTable(console, Table, "ROI · test");

        var text = output.ToString();
        Assert.Contains("\u001b[1mTotal\u001b[0m", text, StringComparison.Ordinal);
        Assert.Contains("\u001b[1m1,207\u001b[0m", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[1mFacebook", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_has_the_column_headers_numbers_as_numbers_and_neutralises_formulas()
    {
        var output = new StringWriter();

        TableOutput.WriteCsv(output, Table);

        var lines = output.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Network,Sessions,Revenue (USD),ROI,Customers,Δ sessions", lines[0]);
        Assert.Equal("\"'=cmd|' /C calc'!A0\",1200,10.5,0.25,3,0.5", lines[1]);
        Assert.Equal("\"Facebook, EU\",7,-12.5,,0,", lines[2]);
        Assert.Equal("Total,1207,-2,,3,", lines[3]);
    }

    [Fact]
    public void A_table_without_rows_prints_its_title_and_what_to_do_instead()
    {
        var (console, output) = Console(width: 80, ansi: false);

        TableOutput.WriteTable(console, Table with { Rows = [] }, "ROI · test", "Nothing yet. Import events.");

        Assert.Equal(["ROI · test", "Nothing yet. Import events."], output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static (IAnsiConsole Console, StringWriter Output) Console(int width, bool ansi)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = ansi ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = ansi ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        return (console, output);
    }
}
