using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Payoff.Application.Importing;
using Payoff.Cli.Output;
using Payoff.Core.Importing;
using Payoff.Import;
using Payoff.Import.Csv;
using Payoff.Import.Detection;
using Payoff.Import.Platforms;
using Spectre.Console;

namespace Payoff.Cli.Importing;

/// <summary><c>payoff import events|contacts|journeys FILE…</c> and <c>payoff import history</c>.</summary>
public static class ImportCommand
{
    /// <summary>How many row errors the table output lists per file (JSON lists all).</summary>
    public const int ErrorsShown = 20;

    private static readonly string[] HistoryColumns = ["#", "Kind", "File", "Rows", "Imported", "Rejected", "Duplicates", "When (UTC)", "Undone (UTC)"];

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var import = new Command("import", "Import files. Each file is imported whole or not at all; the same file twice is detected.");
        import.Add(Auto(context));
        import.Add(Kind(context, ImportKind.Events, "events", "Tracked events CSV: event_id,timestamp,visitor_id,type,url,referrer,value,currency,contact_id,name."));
        import.Add(Kind(context, ImportKind.Contacts, "contacts", "CRM contacts CSV: contact_id,created_at,lead_at,customer_at,revenue,currency[,original_source,original_source_detail_1,original_source_detail_2]."));
        import.Add(Kind(context, ImportKind.Metrics, "metrics", "Daily account metrics CSV from anywhere: date,network,metric,value[,account]. A re-import of an overlapping period replaces, never adds."));
        import.Add(Kind(context, ImportKind.Costs, "costs", "Daily ad costs CSV from anywhere: date,network,campaign,amount,currency[,impressions,clicks,conversions]. Overlapping days replace."));
        import.Add(Kind(context, ImportKind.MetaPosts, "meta-posts", "Meta Business Suite post export of a Facebook page or an Instagram account (CSV). A newer export of the same post replaces the older snapshot."));
        import.Add(Kind(context, ImportKind.MetaAds, "meta-ads", "Meta Ads Manager export (CSV): spend per campaign and day or period, currency from the 'Amount spent (CUR)' header; English, French and Polish headers."));
        import.Add(Kind(context, ImportKind.Ga4Traffic, "ga4-traffic", "GA4 traffic acquisition report (Download CSV): sessions, engaged sessions, key events and revenue by channel group, source / medium or campaign for the period in its header."));
        import.Add(Kind(context, ImportKind.HubSpotContacts, "hubspot-contacts", "HubSpot contacts export (CSV): lifecycle dates, original (traffic) source with drill-downs, revenue. Names and e-mails are not read."));
        import.Add(Kind(context, ImportKind.GoogleAds, "google-ads", "Google Ads report download (CSV, or the UTF-16 tab-separated Excel CSV): spend, impressions, clicks and conversions per campaign and day or date range."));
        import.Add(Kind(context, ImportKind.MicrosoftAds, "microsoft-ads", "Microsoft Advertising campaign report (CSV): spend, impressions, clicks and conversions per campaign and day; currency from its column, else the workspace's."));
        import.Add(Kind(context, ImportKind.LinkedInPage, "linkedin-page", "LinkedIn Page analytics workbook (.xls or .xlsx): content (Metrics and All posts sheets), followers or visitors."));
        import.Add(Kind(context, ImportKind.LinkedInAds, "linkedin-ads", "LinkedIn Campaign Manager campaign performance report (CSV below its report lines, or XLSX)."));
        import.Add(Kind(context, ImportKind.XAnalytics, "x-analytics", "X analytics CSV: legacy tweet activity, the current content export, or the daily account overview."));
        import.Add(Kind(context, ImportKind.XAds, "x-ads", "X Ads export (XLSX or CSV): spend, impressions and link clicks per campaign and time period."));
        import.Add(Kind(context, ImportKind.TikTok, "tiktok", "TikTok Studio export (Overview, FollowerHistory, Viewers or content CSV); dates have no year: give --period or keep the dates in the file name."));
        import.Add(Kind(context, ImportKind.YouTube, "youtube", "YouTube Studio content export: the ZIP with Table data.csv (or that CSV); the Total row is skipped."));
        import.Add(Kind(context, ImportKind.MetaDaily, "meta-daily", "Meta Business Suite account-level daily file (Views.csv, Follows.csv…; UTF-16, one metric per file)."));
        import.Add(Kind(context, ImportKind.FacebookInsights, "facebook-insights", "Legacy Facebook Page Insights post export (two header rows)."));
        import.Add(Kind(context, ImportKind.Journeys, "journeys", "Conversion paths CSV (',' or ';'): path,conversions,value,nulls (or ChannelAttribution's total_conversions,total_conversion_value,total_null)."));
        import.Add(History(context, "history"));
        return import;
    }

    private static Command Auto(CliContext context) => Build(
        context,
        "auto",
        "Detect each file's kind from its contents (columns, not the file name), say what was detected, and import it.",
        null);

    private static Command Kind(CliContext context, ImportKind kind, string name, string description) =>
        Build(context, name, description, new FileDetection(kind, "forced"));

    private static Command Build(CliContext context, string name, string description, FileDetection? named)
    {
        var files = new Argument<string[]>("FILE") { Description = "One or more files.", Arity = ArgumentArity.OneOrMore };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Import the good rows of a file that has bad ones (default: reject the whole file)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the files and say what would be imported, without writing." };
        var format = FormatOption.Create(allowCsv: false);
        var encodingName = new Option<string?>("--encoding") { Description = $"The files' encoding when it is not UTF-8 or UTF-16: {string.Join(", ", TextEncodings.Names)}." };
        var dateFormat = new Option<string?>("--date-format") { Description = "The date format of the files' date columns when they are ambiguous, in .NET notation (dd/MM/yyyy, MM/dd/yyyy HH:mm)." };
        var cultureName = new Option<string?>("--culture") { Description = "The language the files' month names and day-first dates are written in (de-DE, es-ES, pl-PL)." };
        var periodText = new Option<string?>("--period") { Description = "The days an export without years covers (TikTok Studio): 2025-12-01..2026-01-31, 2026-05 or 2026." };
        var maxSize = new Option<long?>("--max-size") { Description = $"Refuse files larger than this many megabytes before reading them (default {ImportOptions.DefaultMaxFileBytes >> 20:N0})." };
        var command = new Command(name, description) { files, skipInvalid, dryRun, encodingName, dateFormat, cultureName, periodText, maxSize, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var importer = scope.Handler<ImportFileHandler>();
            var encoding = parse.GetValue(encodingName) is { } encodingText
                ? TextEncodings.Find(encodingText) ?? throw new CliException($"--encoding '{encodingText}' is not one Payoff reads; use one of {string.Join(", ", TextEncodings.Names)}.")
                : null;
            var options = new ImportOptions
            {
                SkipInvalid = parse.GetValue(skipInvalid),
                DryRun = parse.GetValue(dryRun),
                Encoding = encoding,
                DateFormat = parse.GetValue(dateFormat),
                Culture = parse.GetValue(cultureName) is { } culture ? Culture(culture) : null,
                Period = parse.GetValue(periodText) is { } period
                    ? DatePeriod.TryParse(period, out var parsed) ? parsed : throw new CliException($"--period '{period}' is not a period like 2025-12-01..2026-01-31, 2026-05 or 2026.")
                    : null,
                MaxFileBytes = parse.GetValue(maxSize) is { } mb and > 0 ? mb << 20 : ImportOptions.DefaultMaxFileBytes,
            };
            var json = parse.GetValue(format) == OutputFormat.Json;
            var results = new List<JsonObject>();
            var ok = true;
            foreach (var file in parse.GetValue(files)!)
            {
                var path = Local(file);
                var (detection, found) = await WithProgressAsync(context, path, json, options, o => importer.HandleAsync(scope.Workspace, path, named, o, cancellationToken));
                if (found is not { } summary || detection.Kind is not { } kind)
                {
                    ok = false;
                    results.Add(new JsonObject { ["file"] = file, ["detectedKind"] = null, ["message"] = $"{Path.GetFileName(file)}: {detection.Explanation}" });
                    if (!json)
                    {
                        context.Console.MarkupLine($"[red]{Display.Text(Path.GetFileName(file))}: {Display.Text(detection.Explanation)}[/]");
                    }

                    continue;
                }

                if (!json && detection.Explanation != "forced")
                {
                    context.Console.MarkupLine($"{Display.Text(Path.GetFileName(file))}: detected {Display.Text(detection.Explanation)}.");
                }

                var result = ToJson(summary);
                result["detectedKind"] = KindName(kind);
                results.Add(result);
                if (!json)
                {
                    WriteTable(context, summary);
                }

                // A dry run succeeds when the real import would write the file.
                ok &= summary.Succeeded || (options.DryRun && summary.Rows > 0 && (summary.Rejected == 0 || options.SkipInvalid));
            }

            if (json)
            {
                Json.Write(context.Out, results.Count == 1 ? results[0] : new JsonArray([.. results.Select(r => (JsonNode?)r)]));
            }

            return ok ? 0 : 1;
        });
        return command;
    }

    /// <summary>
    /// The one place the CLI reaches an import's file: the path of the file as given. A command forwarded to a running
    /// server (issue 14 §4) swaps this for the file's content sent along.
    /// </summary>
    private static string Local(string file) => file;

    /// <summary>The culture named <paramref name="name"/>; an error for a name .NET does not know.</summary>
    private static CultureInfo Culture(string name) =>
        ImportKinds.TryCulture(name, out var culture) ? culture! : throw new CliException($"--culture '{name}' is not a culture name like de-DE, es-ES or pl-PL.");

    /// <summary>Runs an import with a progress bar when the output is a terminal and the file is large enough to take a moment (8 MB and more).</summary>
    private static async Task<T> WithProgressAsync<T>(CliContext context, string file, bool json, ImportOptions options, Func<ImportOptions, Task<T>> import)
    {
        if (json || !context.Console.Profile.Capabilities.Interactive || !File.Exists(file) || new FileInfo(file).Length < (8 << 20))
        {
            return await import(options);
        }

        T? summary = default;
        await context.Console.Progress().AutoClear(true).StartAsync(async progress =>
        {
            var task = progress.AddTask(Display.Text(Path.GetFileName(file)), maxValue: 1.0);
            summary = await import(options with { Progress = share => task.Value = share });
            task.Value = 1.0;
        });
        return summary!;
    }

    /// <summary>The list of the workspace's imports (<c>import history</c>, <c>imports list</c>).</summary>
    internal static Command History(CliContext context, string name)
    {
        var format = FormatOption.Create(allowCsv: false);
        var command = new Command(name, "List the workspace's imports, newest first, with undone ones marked.") { format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = await CommandScope.OpenAsync(context, parse, cancellationToken);
            var workspace = scope.Workspace;
            var imports = await scope.Handler<ImportHistoryHandler>().HandleAsync(workspace, cancellationToken);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Json.Write(context.Out, new JsonArray([.. imports.Select(i => (JsonNode?)new JsonObject
                {
                    ["id"] = i.Id, ["kind"] = KindName(i.Kind), ["file"] = i.FileName, ["sha256"] = i.Sha256,
                    ["rows"] = i.Rows, ["imported"] = i.Imported, ["rejected"] = i.Rejected, ["duplicates"] = i.Duplicates,
                    ["importedAt"] = i.ImportedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                    ["undoneAt"] = i.UndoneAt?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                })]));
                return 0;
            }

            if (imports.Count == 0)
            {
                context.Console.MarkupLine($"No imports in workspace {Display.Text(workspace.Name)} yet.");
                return 0;
            }

            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumns(HistoryColumns);

            foreach (var i in imports)
            {
                table.AddRow(
                    i.Id.ToString(CultureInfo.InvariantCulture),
                    KindName(i.Kind),
                    Display.Text(i.FileName),
                    Display.Count(i.Rows),
                    Display.Count(i.Imported),
                    Display.Count(i.Rejected),
                    Display.Count(i.Duplicates),
                    i.ImportedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    i.UndoneAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? string.Empty);
            }

            context.Console.Write(table);
            return 0;
        });
        return command;
    }

    /// <summary>The summary as JSON: <c>{kind, file, rows, imported, rejected, alreadyImported, errors:[{row, column, message}]}</c> and more.</summary>
    public static JsonObject ToJson(ImportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new JsonObject
        {
            ["kind"] = KindName(summary.Kind),
            ["file"] = summary.File,
            ["rows"] = summary.Rows,
            ["imported"] = summary.Imported,
            ["rejected"] = summary.Rejected,
            ["duplicates"] = summary.Duplicates,
            ["alreadyImported"] = summary.AlreadyImported,
            ["importId"] = summary.ImportId,
            ["message"] = summary.Message,
            ["period"] = summary.Period is { } p ? new JsonObject { ["from"] = p.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["to"] = p.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) } : null,
            ["sample"] = new JsonArray([.. summary.Sample.Select(Sample)]),
            ["errors"] = new JsonArray([.. summary.Errors.Select(e => (JsonNode?)new JsonObject { ["row"] = e.Row, ["column"] = e.Column, ["message"] = e.Message })]),
        };
    }

    /// <summary>The command name of a kind (<c>meta-posts</c>).</summary>
    public static string KindName(ImportKind kind) => ImportKinds.Name(kind);

    /// <summary>A sample record as JSON: its fields in camelCase, nulls left out (a social record shows its post or metric).</summary>
    private static JsonNode? Sample(object record)
    {
        var value = record is Core.Social.SocialRecord social ? (object?)social.Post ?? social.Metric! : record;
        var node = System.Text.Json.JsonSerializer.SerializeToNode(value, value.GetType(), SampleJson);
        return node;
    }

    private static readonly System.Text.Json.JsonSerializerOptions SampleJson = new()
    {
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static string? Clip(string? text) => text is { Length: > 60 } ? string.Concat(text.AsSpan(0, 59), "…") : text;

    private static void WriteTable(CliContext context, ImportSummary summary)
    {
        var colour = summary.Succeeded ? (summary.Rejected > 0 ? "yellow" : "green") : "red";
        context.Console.MarkupLine($"[{colour}]{Display.Text(summary.Message)}[/]");
        if (summary.Sample.Count > 0)
        {
            context.Console.MarkupLine("[grey]First records as they would be stored:[/]");
            foreach (var record in summary.Sample)
            {
                var fields = Sample(record)!.AsObject().Select(f => $"{f.Key}={Clip(f.Value?.ToJsonString(SampleJson))}");
                context.Console.MarkupLine($"  {Display.Text(string.Join(", ", fields))}");
            }
        }

        if (summary.Errors.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn(new TableColumn("Row").RightAligned());
        table.AddColumn("Column");
        table.AddColumn("Problem");
        foreach (var error in summary.Errors.Take(ErrorsShown))
        {
            table.AddRow(error.Row.ToString(CultureInfo.InvariantCulture), Display.Text(error.Column ?? "—"), Display.Text(error.Message));
        }

        context.Console.Write(table);
        if (summary.Errors.Count > ErrorsShown)
        {
            context.Console.MarkupLine($"[grey]… and {summary.Errors.Count - ErrorsShown} more; --format json lists them all.[/]");
        }
    }
}
