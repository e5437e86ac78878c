using System.Globalization;
using System.Text.Json;
using Payoff.Application.Publishing;
using Payoff.Application.Tables;
using Payoff.Core.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace Payoff.Cli.Tests.Publishing;

/// <summary>
/// <c>payoff report pdf</c> on a small demo (issue 20): every built-in template renders a PDF whose text — read back with
/// PdfPig — holds the figures of the JSON reports for the same days, with the fonts embedded, the period, time zone and page
/// numbers on every page, tables continued under their header, charts as vector paths, and a plain sentence for a period
/// without data.
/// </summary>
public sealed class ReportPdfTests : IClassFixture<ReportPdfTests.Demo>
{
    private readonly Demo demo;

    public ReportPdfTests(Demo demo) => this.demo = demo;

    /// <summary>A demo of about 4,000 sessions ending 2025-07-15 (CliRun's clock), shared by the tests (they only read it, and write their own PDFs).</summary>
    public sealed class Demo : IDisposable
    {
        public Demo()
        {
            var run = Cli.Run("demo", "--no-serve", "--sessions", "4000");
            Assert.True(run.ExitCode == 0, run.Error);
        }

        public CliRun Cli { get; } = new();

        public PdfText Pdf(params string[] args)
        {
            var file = Path.Combine(Cli.Folder, $"{Guid.NewGuid():N}.pdf");
            var run = Cli.Run(["report", "pdf", "-w", "demo", "-o", file, .. args]);
            Assert.True(run.ExitCode == 0, $"report pdf {string.Join(' ', args)}: {run.Error}{run.Out}");
            return PdfText.Read(file);
        }

        public JsonElement Json(params string[] args)
        {
            var run = Cli.Run([.. args, "-w", "demo", "--format", "json"]);
            Assert.True(run.ExitCode == 0, $"{string.Join(' ', args)}: {run.Error}");
            return JsonDocument.Parse(run.Out).RootElement;
        }

        public void Dispose() => Cli.Dispose();
    }

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static string Count(JsonElement value) => value.GetDecimal().ToString("N0", English);

    private static string Money(JsonElement value) => value.GetDecimal().ToString("#,0.00", English);

    [Fact]
    public void Each_built_in_template_renders_a_pdf_whose_figures_equal_the_json_reports()
    {
        // Last month of 2025-07-15: June 2025, in Europe/Warsaw.
        const string From = "2025-06-01", To = "2025-06-30";
        var client = demo.Pdf("--template", "monthly-client");
        var roi = demo.Pdf("--template", "monthly-roi");
        var weekly = demo.Pdf("--template", "weekly-summary");

        var sources = demo.Json("report", "sources", "--from", From, "--to", To, "--by", "network");
        foreach (var pdf in new[] { client })
        {
            var words = pdf.Words;
            Assert.Contains(Count(sources.GetProperty("totals").GetProperty("sessions")), words);
            Assert.Contains(Count(sources.GetProperty("totals").GetProperty("contacts")), words);
            foreach (var row in sources.GetProperty("rows").EnumerateArray())
            {
                Assert.Contains(Count(row.GetProperty("sessions")), words);
            }
        }

        var money = demo.Json("report", "roi", "--from", From, "--to", To);
        Assert.Contains(Money(money.GetProperty("totals").GetProperty("revenue")), roi.Words);
        foreach (var row in money.GetProperty("rows").EnumerateArray())
        {
            Assert.Contains(Count(row.GetProperty("sessions")), roi.Words);
            Assert.Contains(Money(row.GetProperty("revenue")), roi.Words);
        }

        // The verdict of the whole months before the period's end, the network lines as the verdict report words them.
        var verdict = demo.Json("report", "verdict", "--to", To);
        foreach (var network in verdict.GetProperty("rows").EnumerateArray())
        {
            Assert.Contains(network.GetProperty("network").GetString()!, roi.All, StringComparison.Ordinal);
        }

        // The weekly summary: last week, Monday 2025-07-07 to Sunday 2025-07-13.
        var week = demo.Json("report", "sources", "--from", "2025-07-07", "--to", "2025-07-13", "--by", "network");
        Assert.Contains(Count(week.GetProperty("totals").GetProperty("sessions")), weekly.Words);
        Assert.Contains("2025-07-07 to 2025-07-13 (Europe/Warsaw)", weekly.All, StringComparison.Ordinal);

        var advocates = demo.Json("report", "advocates", "--from", From, "--to", To);
        foreach (var row in advocates.GetProperty("advocates").EnumerateArray())
        {
            Assert.Contains(row.GetProperty("code").GetString()!, client.Words);
        }
    }

    [Fact]
    public void Every_table_cell_the_report_holds_is_in_the_pdf_as_the_dashboard_shows_it()
    {
        using var store = Payoff.Cli.CliComposition.OpenStore(demo.Cli.Database, demo.Cli.Time);
        using var services = Payoff.Cli.CliServices.Create(store, demo.Cli.Time);
        using var scope = services.CreateScope();
        var document = Task.Run(async () =>
        {
            await using var session = await store.OpenSessionAsync();
            var workspace = (await session.Workspaces.FindAsync("demo"))!;
            return await scope.ServiceProvider.GetRequiredService<ReportDocumentBuilder>().BuildAsync(session, workspace, BuiltInTemplates.MonthlyRoi, new(new(2025, 6, 1), new(2025, 6, 30)));
        }).GetAwaiter().GetResult();
        var pdf = new PdfText(Payoff.Publishing.Pdf.PdfReport.Render(document));
        var words = pdf.Words;
        var cells = 0;
        foreach (var table in document.Tables)
        {
            foreach (var row in table.Rows.Concat(table.Footers))
            {
                for (var i = 0; i < table.Columns.Count && i < row.Cells.Count; i++)
                {
                    if (table.Columns[i].Kind == CellKind.Text)
                    {
                        continue;
                    }

                    foreach (var word in CellText.Show(row.Cells[i], table.Columns[i], document.Workspace.Culture).Split(' '))
                    {
                        Assert.True(words.Contains(word), $"{table.Title}: '{word}' is not in the PDF.");
                        cells++;
                    }
                }
            }
        }

        Assert.True(cells > 300, $"only {cells} figures checked");
    }

    [Fact]
    public void Every_page_names_the_period_and_time_zone_and_its_number_with_the_fonts_embedded_and_charts_drawn_as_vectors()
    {
        var pdf = demo.Pdf("--template", "monthly-roi");
        var count = pdf.Pages.Count;
        Assert.True(count >= 3, $"{count} pages");
        for (var i = 0; i < count; i++)
        {
            Assert.Contains($"Page {i + 1} of {count}", pdf.Lines[i], StringComparison.Ordinal);
            Assert.Contains("2025-06-01 to 2025-06-30 (Europe/Warsaw)", pdf.Lines[i], StringComparison.Ordinal);
        }

        Assert.All(pdf.Fonts.Where(f => f.Length > 0), f => Assert.Contains("DejaVuSans", f, StringComparison.Ordinal));
        Assert.True(pdf.Bytes.AsSpan().IndexOf("/FontFile2"u8) >= 0, "no embedded TrueType font");
        // The charts are paths and text, not images; each chart's title is drawn once (ScottPlot lays out off the page first).
        Assert.Equal(0, pdf.Images);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(pdf.All, "Revenue and value against cost per network"));
    }

    [Fact]
    public void A_table_longer_than_a_page_continues_under_its_repeated_header()
    {
        Assert.Equal(0, demo.Cli.Run("template", "add", "-w", "demo", "--name", "bench-only", "--title", "Benchmark", "--sections", "benchmark", "--range", "last-quarter").ExitCode);
        var pdf = demo.Pdf("--template", "bench-only");
        Assert.True(pdf.Pages.Count >= 2, $"{pdf.Pages.Count} pages");
        // Every page holding rows of the table (Facebook's months) starts them under its header row ("Network / channel").
        var pages = pdf.Pages.Where(p => p.Contains("Facebook")).ToList();
        Assert.True(pages.Count >= 2, $"the table is on {pages.Count} page(s)");
        Assert.All(pages, p => Assert.True(p.Contains("Network") && p.Contains("channel"), string.Join(' ', p.Take(40))));
    }

    [Fact]
    public void A_period_without_data_says_so_instead_of_showing_zeros()
    {
        var pdf = demo.Pdf("--template", "monthly-client", "--from", "2020-01-01", "--to", "2020-01-31");
        Assert.Contains("No data for 2020-01-01 to 2020-01-31", pdf.All, StringComparison.Ordinal);
        Assert.DoesNotContain("Sources by network", pdf.All, StringComparison.Ordinal);
    }

    [Fact]
    public void Days_not_yet_come_say_no_data_and_a_month_in_progress_keeps_the_sections_that_can_show_it()
    {
        // Today is 2025-07-15 in the tests: September has no data yet; the verdict cannot judge July while it runs.
        var future = demo.Pdf("--template", "monthly-client", "--from", "2025-09-01", "--to", "2025-09-30");
        Assert.Contains("No data for 2025-09-01 to 2025-09-30", future.All, StringComparison.Ordinal);
        var running = demo.Pdf("--template", "monthly-client", "--from", "2025-07-01", "--to", "2025-07-31");
        Assert.Contains("Sources by network", running.All, StringComparison.Ordinal);
        Assert.DoesNotContain("No data for", running.All, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_requests_name_the_field()
    {
        var file = Path.Combine(demo.Cli.Folder, "x.pdf");
        var unknown = demo.Cli.Run("report", "pdf", "-w", "demo", "--template", "nope", "-o", file);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("No template is named 'nope'", unknown.Error, StringComparison.Ordinal);
        var range = demo.Cli.Run("report", "pdf", "-w", "demo", "--template", "monthly-roi", "--range", "last-year", "-o", file);
        Assert.Contains("--range must be one of last-week, last-month, month-to-date, last-quarter", range.Error, StringComparison.Ordinal);
        var both = demo.Cli.Run("report", "pdf", "-w", "demo", "--template", "monthly-roi", "--range", "last-week", "--from", "2025-01-01", "-o", file);
        Assert.Contains("not both", both.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }
}
