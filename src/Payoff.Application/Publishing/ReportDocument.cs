using System.Globalization;
using System.Text.Json.Nodes;
using Payoff.Application.Tables;
using Payoff.Core.Publishing;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Publishing;

/// <summary>A part of a report section, in reading order.</summary>
public abstract record DocumentBlock;

/// <summary>A sentence or paragraph (untrusted parts included as they are: every renderer encodes it).</summary>
/// <param name="Text">The text.</param>
/// <param name="Strong">Shown in bold (a network's verdict line).</param>
public sealed record Paragraph(string Text, bool Strong = false) : DocumentBlock;

/// <summary>A bulleted list.</summary>
/// <param name="Items">The items.</param>
public sealed record Bullets(IReadOnlyList<string> Items) : DocumentBlock;

/// <summary>A table: the same <see cref="ReportTable"/> the CLI prints and the dashboard shows.</summary>
/// <param name="Table">The table.</param>
public sealed record TableBlock(ReportTable Table) : DocumentBlock;

/// <summary>How a chart draws its series.</summary>
public enum ChartShape
{
    /// <summary>Lines over an ordered axis (days, months).</summary>
    Line,

    /// <summary>Grouped bars over categories (networks).</summary>
    Bar,
}

/// <summary>One series of a chart.</summary>
/// <param name="Name">Its legend entry.</param>
/// <param name="Values">One value per label; null for none.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);

/// <summary>A chart, drawn as vector graphics in a PDF and as a figure in HTML; its numbers are also in a table of the same section.</summary>
/// <param name="Title">Its title (with the unit).</param>
/// <param name="Shape">Lines or bars.</param>
/// <param name="Labels">The x axis's labels.</param>
/// <param name="Series">The series.</param>
public sealed record ChartBlock(string Title, ChartShape Shape, IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Series) : DocumentBlock;

/// <summary>A section of a report as built: its blocks, and the JSON document the API gives for the same question.</summary>
/// <param name="Section">Which section.</param>
/// <param name="Blocks">What it shows, in order.</param>
/// <param name="Json">The API's JSON for the same report and days (<c>/api/reports/…</c>): what its figures equal.</param>
public sealed record DocumentSection(ReportSection Section, IReadOnlyList<DocumentBlock> Blocks, JsonObject Json)
{
    /// <summary>The heading.</summary>
    public string Title => ReportSections.Title(Section);

    /// <summary>Every table of the section.</summary>
    public IEnumerable<ReportTable> Tables => Blocks.OfType<TableBlock>().Select(b => b.Table);
}

/// <summary>
/// A report made from a template for some days: what a PDF, an e-mail and a shared view render, each the same figures.
/// </summary>
/// <param name="Template">The template.</param>
/// <param name="Workspace">The workspace.</param>
/// <param name="Period">The local days reported, both included.</param>
/// <param name="MadeAt">When the figures were read (UTC).</param>
/// <param name="Branding">The workspace's white-label settings.</param>
/// <param name="Sections">The sections in the template's order.</param>
/// <param name="DaysWithData">How many days of the period hold any data (events, imports, costs); 0 means the report says so instead of showing zeros.</param>
public sealed record ReportDocument(ReportTemplate Template, Workspace Workspace, DateRange Period, DateTimeOffset MadeAt, WorkspaceBranding Branding, IReadOnlyList<DocumentSection> Sections, int DaysWithData)
{
    /// <summary>False when no day of the period holds data: every renderer says so instead of showing zeros as facts.</summary>
    public bool HasData => DaysWithData > 0;

    /// <summary>The sentence shown in place of the figures when <see cref="HasData"/> is false.</summary>
    public string NoDataSentence => string.Create(CultureInfo.InvariantCulture, $"No data for {Period.From:yyyy-MM-dd} to {Period.To:yyyy-MM-dd}: nothing was collected or imported for these days, so this report shows no figures rather than zeros.");

    /// <summary>The period as printed on every page: "2026-11-01 to 2026-11-30 (Europe/Warsaw)".</summary>
    public string PeriodLine => string.Create(CultureInfo.InvariantCulture, $"{Period.From:yyyy-MM-dd} to {Period.To:yyyy-MM-dd} ({Workspace.TimeZone})");

    /// <summary>The people the report names (advocates), lower case: kept with an archived copy so an erasure request finds it.</summary>
    public IReadOnlyList<string> People { get; init; } = [];

    /// <summary>Every table of every section, in order.</summary>
    public IEnumerable<ReportTable> Tables => Sections.SelectMany(s => s.Tables);

    /// <summary>The base of the file names: <c>monthly-client-2026-11-01-2026-11-30</c>.</summary>
    public string FileStem => string.Create(CultureInfo.InvariantCulture, $"{Template.Name}-{Period.From:yyyy-MM-dd}-{Period.To:yyyy-MM-dd}");
}
