using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Payoff.Cli.Output;
using Payoff.Core.Importing;
using Payoff.Core.Social;
using Payoff.Import;
using Spectre.Console;

namespace Payoff.Cli.Importing;

/// <summary>What <c>payoff import</c> prints about a file: its summary as a message, sample and error table, or as JSON.</summary>
internal static class ImportOutput
{
    /// <summary>How many row errors the table output lists per file (JSON lists all).</summary>
    public const int ErrorsShown = 20;

    private static readonly JsonSerializerOptions SampleJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = ImportSampleJson.Default,
        // Kinds and directions by name ("inbound", "direct-message"), as the files write them, not as numbers.
        Converters =
        {
            new JsonStringEnumConverter<Core.Conversations.MessageDirection>(JsonNamingPolicy.KebabCaseLower),
            new JsonStringEnumConverter<Core.Conversations.MessageKind>(JsonNamingPolicy.KebabCaseLower),
            new JsonStringEnumConverter<Core.Events.EventType>(JsonNamingPolicy.KebabCaseLower),
        },
    };

    /// <summary>The command name of a kind (<c>meta-posts</c>).</summary>
    public static string KindName(ImportKind kind) => ImportKinds.Name(kind);

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

    /// <summary>
    /// The summary for a person: its message (green, yellow with rejected rows, red when nothing was written), the
    /// sample records of a dry run, and the first <see cref="ErrorsShown"/> row errors as a table.
    /// </summary>
    public static void WriteTable(CliContext context, ImportSummary summary)
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

    /// <summary>A sample record as JSON: its fields in camelCase, nulls left out (a social record shows its post, metric or audience value).</summary>
    private static JsonNode? Sample(object record)
    {
        var value = record is SocialRecord social ? (object?)social.Post ?? (object?)social.Metric ?? social.Audience! : record;
        return JsonSerializer.SerializeToNode(value, SampleJson.GetTypeInfo(value.GetType()));
    }

    private static string? Clip(string? text) => text is { Length: > 60 } ? string.Concat(text.AsSpan(0, 59), "…") : text;
}

/// <summary>
/// Source-generated metadata of the records an import stores (<see cref="ImportRecords"/>), for the samples of a
/// dry run: no reflection, so the Native AOT CLI prints them too.
/// </summary>
[JsonSerializable(typeof(Core.Events.TrackedEvent))]
[JsonSerializable(typeof(Core.Contacts.CrmContact))]
[JsonSerializable(typeof(Core.Journeys.JourneyPath))]
[JsonSerializable(typeof(AccountMetric))]
[JsonSerializable(typeof(Core.Costs.AdCost))]
[JsonSerializable(typeof(SocialPost))]
[JsonSerializable(typeof(Core.Audience.AudienceRow))]
[JsonSerializable(typeof(Core.Traffic.TrafficRow))]
[JsonSerializable(typeof(Core.Conversations.ConversationMessage))]
internal sealed partial class ImportSampleJson : JsonSerializerContext;
