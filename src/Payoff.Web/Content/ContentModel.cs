using Payoff.Application.Audience;
using Payoff.Application.Content;
using Payoff.Application.Experiments;
using Payoff.Application.Requests;
using Payoff.Application.Tables;
using Payoff.Core.Content;
using Payoff.Web.Components;

namespace Payoff.Web.Content;

/// <summary>The application handlers the Content page reads through (one service, so a page or an export asks for one).</summary>
/// <param name="Content">Top posts and groups.</param>
/// <param name="BestTime">The best-time grids.</param>
/// <param name="Experiments">The experiment log.</param>
/// <param name="Audience">The audiences.</param>
public sealed record ContentHandlers(ContentHandler Content, BestTimeHandler BestTime, ExperimentsHandler Experiments, AudienceHandler Audience);

/// <summary>
/// The Content page (<c>/content</c>) and the content part of a network page: the same handlers and tables as
/// <c>payoff report content</c>, <c>payoff report best-time</c>, <c>payoff experiment list</c> and
/// <c>payoff report audience</c>, over the scope's days. The query string asks as the CLI's options do:
/// <c>n</c> (one network, as <c>--network</c>), <c>by</c> (the comparison's groups: type by default, label, hashtag,
/// month or utm-content), <c>metric</c> (engagement-rate by default, reach, clicks, visits, leads) and <c>top</c>.
/// </summary>
/// <param name="Posts">Top and bottom posts per network by the metric.</param>
/// <param name="Groups">The posts grouped by <c>by</c> (type unless asked otherwise), with the comparisons' findings.</param>
/// <param name="Hashtags">The posts grouped by hashtag (the same report as <see cref="Groups"/> when <c>by=hashtag</c>).</param>
/// <param name="BestTime">The weekday × hour grids by the metric.</param>
/// <param name="Experiments">The experiment log (only the network's with <c>n</c>), oldest first.</param>
/// <param name="Audience">The audiences side by side (the network's and the comparisons it takes part in, with <c>n</c>).</param>
/// <param name="Tables">posts, groups, hashtags, best-time, experiments and audience: what the page shows and exports.</param>
public sealed record ContentModel(ContentResult Posts, ContentResult Groups, ContentResult Hashtags, BestTimeResult BestTime, IReadOnlyList<ExperimentResult> Experiments, AudienceResult Audience, IReadOnlyList<ReportTable> Tables)
{
    /// <summary>The network the page is about (resolved to its canonical name), or null for all.</summary>
    public string? Network => Posts.Report.Filter.Network;

    /// <summary>
    /// Builds the model in the scope's session: four reads of the posts (top posts, groups, hashtags, best time), the
    /// experiment log (an ended experiment's outcome is recorded the first time it is read, as <c>experiment list</c>
    /// does) and the audiences.
    /// </summary>
    /// <exception cref="RequestException"><c>n</c> names no network the workspace knows, or <c>by</c>, <c>metric</c> or <c>top</c> is not one of its values (the API's 400 sentence, naming the field).</exception>
    public static async Task<ContentModel> BuildAsync(DashboardScope scope, ContentHandlers handlers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(handlers);
        var (content, bestTime, experiments, audience) = (handlers.Content, handlers.BestTime, handlers.Experiments, handlers.Audience);
        var (session, workspace) = (scope.Session, scope.Workspace);
        var values = Values(scope);
        var asked = ContentRequest.Parse(values, workspace, scope.Time) with { Range = scope.Range, NetworkName = "n" };
        var byType = asked.Grouping is ContentGrouping.Post ? asked with { Grouping = ContentGrouping.Type } : asked;
        var posts = await content.HandleAsync(session, workspace, asked with { Grouping = ContentGrouping.Post }, cancellationToken);
        var groups = await content.HandleAsync(session, workspace, byType, cancellationToken);
        var hashtags = byType.Grouping == ContentGrouping.Hashtag ? groups : await content.HandleAsync(session, workspace, byType with { Grouping = ContentGrouping.Hashtag }, cancellationToken);
        var grid = await bestTime.HandleAsync(session, workspace, new BestTimeRequest(scope.Range, asked.Network, asked.Metric, BestTimeReport.DefaultMinPosts) { NetworkName = "n" }, cancellationToken);
        var network = posts.Report.Filter.Network;
        var log = (await experiments.ListAsync(session, workspace, cancellationToken))
            .Where(x => network is null || string.Equals(x.Experiment.Plan.Network, network, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var people = await audience.HandleAsync(session, workspace, new AudienceRequest(asked.Network) { NetworkName = "n" }, cancellationToken);
        ReportTable[] tables =
        [
            ContentTable.Build(posts) with { Name = "posts", Title = "Top and bottom posts" },
            ContentTable.Build(groups) with { Name = "groups" },
            ContentTable.Build(hashtags) with { Name = "hashtags", Title = "Hashtags" },
            ContentTable.BestTime(grid),
            ExperimentTable.List(log),
            AudienceTable.Build(people),
        ];
        return new ContentModel(posts, groups, hashtags, grid, log, people, tables);
    }

    /// <summary>
    /// The posts table as the page shows it: each caption (its first <see cref="ContentTable.CaptionLength"/> characters)
    /// links to its post (its permalink, when that is an http or https address — an imported value is never made a link
    /// of another scheme), without the permalink column, and without columns no post has a value in (Views on a network
    /// that reports impressions…). Exports keep every column and whole captions.
    /// </summary>
    public ReportTable PostsView => Compact(Tables[0]);

    /// <summary>
    /// <paramref name="table"/> without the columns in which no row has a value, its <c>Permalink</c> column (if any)
    /// turned into each row's link on its <c>Post</c> cell.
    /// </summary>
    public static ReportTable Compact(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var permalink = IndexOf(table, "Permalink");
        var post = IndexOf(table, "Post");
        var keep = Enumerable.Range(0, table.Columns.Count)
            .Where(i => i != permalink && (i < 2 || table.Rows.Any(r => i < r.Cells.Count && r.Cells[i] is not null)))
            .ToList();
        return table with
        {
            Columns = [.. keep.Select(i => table.Columns[i])],
            Rows = [.. table.Rows.Select(r => new TableRow([.. keep.Select(i => i < r.Cells.Count ? Shorter(i == post, r.Cells[i]) : null)])
            {
                Link = permalink >= 0 && post >= 0 && permalink < r.Cells.Count && r.Cells[permalink] is string url && IsWebAddress(url) ? url : null,
                LinkCell = Math.Max(0, keep.IndexOf(post)),
            })],
        };
    }

    // A caption as the page's table shows it: its first CaptionLength characters (the link opens the post; exports keep it whole).
    private static object? Shorter(bool caption, object? cell) =>
        caption && cell is string text && text.Length > ContentTable.CaptionLength ? string.Concat(text.AsSpan(0, ContentTable.CaptionLength - 1), "…") : cell;

    private static int IndexOf(ReportTable table, string header) =>
        table.Columns.Select((c, i) => (c, i)).FirstOrDefault(x => x.c.Header == header, (null!, -1)).Item2;

    private static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>The comparisons' groups a page may ask for with <c>by</c>, as the CLI's <c>--by</c> names them (posts are always shown apart).</summary>
    public static IReadOnlyList<(string Value, string Label)> Groupings { get; } =
        [("type", "content type"), ("label", "label"), ("hashtag", "hashtag"), ("month", "month"), ("utm-content", "tracked link (utm_content)")];

    /// <summary>The metrics a page may rank by, as the CLI's <c>--metric</c> names them.</summary>
    public static IReadOnlyList<(string Value, string Label)> Metrics { get; } =
        [("engagement-rate", "engagement rate"), ("reach", "reach"), ("clicks", "clicks"), ("visits", "visits"), ("leads", "leads")];

    // The page's query as the request parsers read it: n is the network field.
    private static RequestValues Values(DashboardScope scope) => new(
        new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["network"] = scope["n"], ["by"] = scope["by"], ["metric"] = scope["metric"], ["top"] = scope["top"], ["label"] = scope["label"],
        });
}
