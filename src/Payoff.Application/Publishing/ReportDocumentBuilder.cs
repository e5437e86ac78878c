using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using Payoff.Application.Advocacy;
using Payoff.Application.Attribution;
using Payoff.Application.Benchmark;
using Payoff.Application.Content;
using Payoff.Application.Conversations;
using Payoff.Application.Goals;
using Payoff.Application.Overview;
using Payoff.Application.Requests;
using Payoff.Application.Roi;
using Payoff.Application.Sources;
using Payoff.Application.Tables;
using Payoff.Application.Verdict;
using Payoff.Core.Publishing;
using Payoff.Core.Reporting.Verdict;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Publishing;

/// <summary>
/// Builds a <see cref="ReportDocument"/> from a template and days. Each section asks its report exactly as the API does
/// (the request's own <c>Parse</c> over <c>from</c>/<c>to</c>, the same handler, the same table and JSON builders), so every
/// figure in a PDF, an e-mail or a shared view equals <c>/api/reports/…?from=…&amp;to=…</c> and the dashboard's page for those days.
/// </summary>
/// <remarks>
/// The days each section reads: the period itself for headline, sources, ROI, attribution, content, conversations and
/// advocates; for the benchmark the six calendar months ending with the period's last day; for the verdict and "what to do
/// now" the three whole months ending with the last whole month up to the period's end (<see cref="VerdictRequest"/>'s
/// rule); goals are tracked to today, as on every surface.
/// </remarks>
public sealed partial class ReportDocumentBuilder(
    OverviewHandler overview,
    NextActionsHandler actions,
    BenchmarkHandler benchmark,
    RoiHandler roi,
    VerdictHandler verdict,
    GoalsReportHandler goals,
    AttributionHandler attribution,
    ContentHandler content,
    ConversationReportHandler conversations,
    TimeProvider time) : IApplicationHandler
{
    /// <summary>
    /// Builds the report of <paramref name="template"/> for <paramref name="period"/> in <paramref name="session"/>. A period with
    /// no day of data has no sections (<see cref="ReportDocument.HasData"/> is false); a section whose report refuses the days
    /// (the verdict's months not ended yet, a day outside <see cref="DayLimits"/>) holds one paragraph naming why, and the
    /// other sections stand. Never throws <see cref="RequestException"/>.
    /// </summary>
    public Task<ReportDocument> BuildAsync(IStoreSession session, Workspace workspace, ReportTemplate template, DateRange period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        return BuildAsync(read => read(session), workspace, template, period, cancellationToken);
    }

    /// <summary>
    /// Builds the report as <see cref="BuildAsync(IStoreSession, Workspace, ReportTemplate, DateRange, CancellationToken)"/> does,
    /// for work in the background (scheduled sends): each section reads in a session of its own, and <paramref name="pause"/> is
    /// awaited after each with the time the section held the store, so pages and API requests queued for the store go first and
    /// the background work takes a bounded share of it. The figures are the same; a write between two sections may show in the later one.
    /// </summary>
    public Task<ReportDocument> BuildPacedAsync(IStore store, Workspace workspace, ReportTemplate template, DateRange period, Func<TimeSpan, CancellationToken, Task> pause, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(pause);
        return BuildAsync(
            async read =>
            {
                var started = Stopwatch.GetTimestamp(); // real time, not the injected clock: this measures how long the store was held
                await using (var session = await store.OpenSessionAsync(cancellationToken))
                {
                    await read(session);
                }

                await pause(Stopwatch.GetElapsedTime(started), cancellationToken);
            },
            workspace,
            template,
            period,
            cancellationToken);
    }

    // Each step reads in the session `step` gives it: one for all (a request), or one per step (a background send).
    private async Task<ReportDocument> BuildAsync(Func<Func<IStoreSession, Task>, Task> step, Workspace workspace, ReportTemplate template, DateRange period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(period);
        var madeAt = time.GetUtcNow();
        WorkspaceBranding branding = WorkspaceBranding.None;
        var daysWithData = 0;
        await step(async session =>
        {
            branding = await session.Publishing.BrandingAsync(workspace, cancellationToken);
            daysWithData = (await session.DataDays.ReadAsync(workspace, period, cancellationToken)).Count;
        });
        var sections = new List<DocumentSection>();
        var people = new List<string>();

        // A period without one day of data (days not yet come, or before anything was collected) shows the "No data for …"
        // sentence and no section: zeros would read as facts, and some reports refuse days past today.
        foreach (var section in daysWithData == 0 ? [] : template.Sections)
        {
            await step(async session =>
            {
                try
                {
                    sections.Add(await SectionAsync(session, workspace, section, period, people, cancellationToken));
                }
                catch (RequestException refused)
                {
                    // One report refusing these days (the verdict's months not ended yet, say) leaves the others standing:
                    // the section says why it is empty instead of failing the whole report.
                    sections.Add(new DocumentSection(
                        section,
                        [new Paragraph($"Not shown for this period: {refused.Message}")],
                        new JsonObject { ["workspace"] = workspace.Name, ["refused"] = refused.Message, ["field"] = refused.Field }));
                }
            });
        }

        var shown = branding.HidePayoff ? [.. sections.Select(Unbranded)] : sections;
        return new ReportDocument(template, workspace, period, madeAt, branding, shown, daysWithData) { People = [.. people.Distinct(StringComparer.Ordinal)] };
    }

    // White-label with Payoff left out: the sentences a client reads do not name it — "a Payoff short link" is a tracked short
    // link, and a hint naming a payoff command, "(payoff goal add, …)", is dropped. Tables (the data) are shown as they are.
    private static DocumentSection Unbranded(DocumentSection section)
    {
        return section with
        {
            Blocks = [.. section.Blocks.Select(b => b switch
            {
                Paragraph p => p with { Text = Clean(p.Text) },
                Bullets list => new Bullets([.. list.Items.Select(Clean)]),
                _ => b,
            })],
        };

        static string Clean(string text) => CommandHint().Replace(text.Replace("a Payoff short link", "a tracked short link", StringComparison.Ordinal), string.Empty);
    }

    [GeneratedRegex(@" ?\((?:\./)?payoff [^()]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex CommandHint();

    /// <summary>The request fields a section's report is asked with: <c>from</c> and <c>to</c> as the API takes them.</summary>
    public static RequestValues Days(DateRange period, params (string Field, string Value)[] more)
    {
        ArgumentNullException.ThrowIfNull(period);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["from"] = period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = period.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        foreach (var (field, value) in more)
        {
            values[field] = value;
        }

        return new RequestValues(values);
    }

    /// <summary>How many months the benchmark section shows: the 6 calendar months ending with the period's last day (<c>months=6&amp;to=…</c>).</summary>
    public const int BenchmarkMonths = 6;

    private async Task<DocumentSection> SectionAsync(IStoreSession session, Workspace workspace, ReportSection section, DateRange period, List<string> people, CancellationToken cancellationToken)
    {
        var currency = workspace.Currency;
        var values = Days(period);
        switch (section)
        {
            case ReportSection.Headline:
            {
                var report = await overview.HandleAsync(session, workspace, OverviewRequest.Parse(values, workspace, time), cancellationToken);
                return new DocumentSection(section, Headline(report, workspace.Culture), HeadlineJson(workspace.Name, report));
            }

            case ReportSection.NextActions:
            {
                var request = VerdictRequest.Parse(new RequestValues(new Dictionary<string, string?> { ["to"] = values.Get("to") }), workspace, time);
                var report = await actions.HandleAsync(session, workspace, request, cancellationToken);
                IReadOnlyList<DocumentBlock> blocks = report.Actions.Count == 0
                    ? [new Paragraph($"Nothing needs doing now: no network to cut, reduce or scale in {report.Period.Heading}, and no goal off track.")]
                    : [new Paragraph($"From the verdict of {report.Period.Heading} and the goals as of {report.Today:yyyy-MM-dd}:"), new Bullets([.. report.Actions.Select(a => a.Sentence)])];
                return new DocumentSection(section, blocks, NextActionsJson.Build(report, workspace.Name));
            }

            case ReportSection.Sources:
            {
                var report = await SourcesHandler.HandleAsync(session, workspace, SourcesRequest.Parse(Days(period, ("by", "network"), ("compare", "previous-period")), workspace, time), cancellationToken);
                return new DocumentSection(section, WithNotes(SourcesTable.Build(report)), SourcesJson.Build(report, workspace.Name));
            }

            case ReportSection.Benchmark:
            {
                var asked = new RequestValues(new Dictionary<string, string?> { ["to"] = values.Get("to"), ["months"] = BenchmarkMonths.ToString(CultureInfo.InvariantCulture) });
                var result = await benchmark.HandleAsync(session, workspace, BenchmarkRequest.Parse(asked, workspace, time), cancellationToken);
                return new DocumentSection(section, WithNotes(BenchmarkTable.Build(result.Report)), BenchmarkJson.Build(result));
            }

            case ReportSection.Roi:
            {
                var result = await roi.HandleAsync(session, workspace, RoiRequest.Parse(values, workspace, time), cancellationToken);
                var table = RoiTable.Build("roi", "ROI per network", result.Report, _ => null);
                var rows = result.Report.Rows;
                var chart = new ChartBlock(
                    $"Revenue and value against cost per network ({currency})",
                    ChartShape.Bar,
                    [.. rows.Select(r => r.Network)],
                    [new($"Revenue and value ({currency})", [.. rows.Select(r => (double?)r.Totals.Return)]), new($"Cost ({currency})", [.. rows.Select(r => (double?)r.Totals.TotalCost)])]);
                return new DocumentSection(section, rows.Count == 0 ? WithNotes(table) : [chart, .. WithNotes(table)], RoiJson.Build(result));
            }

            case ReportSection.Goals:
            {
                var report = await goals.HandleAsync(session, workspace, cancellationToken);
                var table = GoalsReportTable.Build(report.Rows, currency, _ => null);
                IReadOnlyList<DocumentBlock> blocks = report.Rows.Count == 0
                    ? [new Paragraph("No goal is set yet (payoff goal add, or the Goals page).")]
                    : [new Paragraph(string.Create(CultureInfo.InvariantCulture, $"Tracked to {report.Today:yyyy-MM-dd}, with each goal's forecast at its deadline.")), .. WithNotes(table)];
                return new DocumentSection(section, blocks, GoalsReportJson.Build(report));
            }

            case ReportSection.Verdict:
            {
                var request = VerdictRequest.Parse(new RequestValues(new Dictionary<string, string?> { ["to"] = values.Get("to") }), workspace, time);
                var report = await verdict.HandleAsync(session, workspace, request, cancellationToken);
                return new DocumentSection(section, Verdict(report), VerdictJson.Build(report, workspace.Name));
            }

            case ReportSection.Attribution:
            {
                var report = await attribution.HandleAsync(session, workspace, AttributionRequest.Parse(values, workspace, time), cancellationToken);
                return new DocumentSection(section, WithNotes(AttributionTable.Build(report, "network", currency)), AttributionJson.Build(report, workspace.Name));
            }

            case ReportSection.Content:
            {
                var result = await content.HandleAsync(session, workspace, ContentRequest.Parse(Days(period, ("by", "type")), workspace, time), cancellationToken);
                return new DocumentSection(section, WithNotes(ContentTable.Build(result)), ContentJson.Build(result));
            }

            case ReportSection.Conversations:
            {
                var report = await conversations.HandleAsync(session, workspace, ConversationReportRequest.Parse(Days(period, ("by", "week")), workspace, time), cancellationToken);
                return new DocumentSection(section, [.. WithNotes(ConversationReportOutput.Networks(report)), .. WithNotes(ConversationReportOutput.Words(report))], ConversationReportOutput.Json(workspace.Name, report));
            }

            case ReportSection.Advocates:
            {
                var report = await AdvocacyHandler.ReportAsync(session, workspace, values, time, cancellationToken);
                foreach (var row in report.Rows)
                {
                    people.Add(row.Advocate.Code.ToLowerInvariant());
                    if (row.Advocate.ContactId.Length > 0)
                    {
                        people.Add(row.Advocate.ContactId.ToLowerInvariant());
                    }
                }

                return new DocumentSection(section, WithNotes(AdvocacyOutput.Results(report)), AdvocacyOutput.ReportJson(workspace.Name, report));
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(section));
        }
    }

    // A table, then its sentences and warnings as the CLI prints them under it.
    private static List<DocumentBlock> WithNotes(ReportTable table)
    {
        var blocks = new List<DocumentBlock> { new TableBlock(table) };
        blocks.AddRange(table.Notes.Select(n => new Paragraph(n)));
        blocks.AddRange(table.Warnings.Select(w => new Paragraph($"Warning: {w}")));
        return blocks;
    }

    private static List<DocumentBlock> Headline(OverviewReport report, CultureInfo culture)
    {
        var table = new ReportTable(
            "headline",
            "Headline numbers",
            [new("Figure"), new("This period"), new("Period before"), new("Change", CellKind.Change)],
            [.. report.Headlines.Select(h => new TableRow([h.Label, h.TextIn(culture), (h with { Value = Before(report, h.Metric) }).TextIn(culture), h.Change]))])
        {
            Notes = [$"ROI of the social networks: {(report.Roi.SocialNetworks.Roi is { } r ? r.ToString("0%", CultureInfo.InvariantCulture) : "none")}. {report.RoiComparison}", ComparisonNote.Text(report.Range.PreviousPeriod(), report.PreviousCoverage)],
        };
        var labels = Enumerable.Range(0, report.Range.Days).Select(i => report.Range.From.AddDays(i).ToString("MM-dd", CultureInfo.InvariantCulture)).ToList();
        var chart = new ChartBlock(
            "Sessions, contacts and customers per day",
            ChartShape.Line,
            labels,
            [new("Sessions", [.. report.Days.Select(d => (double?)d.Sessions)]), new("Contacts", [.. report.Days.Select(d => (double?)d.Contacts)]), new("Customers", [.. report.Days.Select(d => (double?)d.Customers)])]);
        return [.. WithNotes(table), chart];
    }

    private static decimal Before(OverviewReport report, string metric) => metric switch
    {
        "sessions" => report.Previous.Sessions,
        "contacts" => report.Previous.Contacts,
        "customers" => report.Previous.Customers,
        "revenue" => report.Previous.Revenue,
        _ => report.Previous.TotalCost,
    };

    private static JsonObject HeadlineJson(string workspace, OverviewReport report)
    {
        var figures = new JsonArray();
        foreach (var h in report.Headlines)
        {
            figures.Add(new JsonObject
            {
                ["metric"] = h.Metric,
                ["value"] = h.Value,
                ["previous"] = Before(report, h.Metric),
                ["change"] = h.Change.Fraction is { } f ? f : null,
                ["currency"] = h.Currency,
            });
        }

        return new JsonObject
        {
            ["workspace"] = workspace,
            ["from"] = report.Range.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = report.Range.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["currency"] = report.Currency,
            ["figures"] = figures,
            ["social_roi"] = report.Roi.SocialNetworks.Roi,
        };
    }

    private static List<DocumentBlock> Verdict(VerdictReport report)
    {
        var blocks = new List<DocumentBlock>
        {
            new Paragraph(string.Create(CultureInfo.InvariantCulture, $"{report.Period.Heading} ({report.Range.From:yyyy-MM-dd} to {report.Range.To:yyyy-MM-dd}, whole months; amounts in {report.Currency})."), false),
        };
        if (report.Period.Note is { } note)
        {
            blocks.Add(new Paragraph(note));
        }

        if (report.Networks.Count == 0)
        {
            blocks.Add(new Paragraph("No social network has data in these months yet."));
        }

        foreach (var v in report.Networks)
        {
            blocks.Add(new Paragraph($"{v.Facts.Network} — {VerdictLabels.Name(v.Role)} — {VerdictLabels.Name(v.Recommendation).ToUpperInvariant()}", true));
            blocks.Add(new Bullets([.. v.Reasons, .. v.Experiments.Select(e => $"Try: {e}")]));
        }

        blocks.AddRange(report.Warnings.Select(w => new Paragraph($"Warning: {w}")));
        return blocks;
    }
}
