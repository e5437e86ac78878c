using System.Globalization;
using Payoff.Core.Channels;
using Payoff.Core.Events;
using Payoff.Core.Tracking;
using Payoff.Core.Workspaces;
using Payoff.Import.Csv;

namespace Payoff.Import.Native;

/// <summary>
/// Reads Payoff's events CSV: <c>event_id,timestamp,visitor_id,type,url,referrer,value,currency,contact_id,name</c>.
/// </summary>
/// <remarks>
/// <c>event_id</c>, <c>timestamp</c>, <c>visitor_id</c> and <c>type</c> columns are required, the others
/// optional; any other column rejects the file. Per row: <c>type</c> is pageview, click, lead,
/// customer or conversion; page views and clicks need a visitor and an http(s) <c>url</c>; a
/// conversion needs a visitor or a contact; <c>value</c> is a decimal with a dot; <c>currency</c>
/// (three letters) defaults to the workspace's. Text has limits (<see cref="TextLimits"/>): urls and
/// referrers 8,192 characters, names and each utm tag 1,000; a longer one is a row error.
/// </remarks>
public sealed class EventsFileReader(ChannelClassifier classifier, WorkspaceCalendar calendar)
{
    /// <summary>The columns that must be present.</summary>
    public static readonly IReadOnlyList<string> Required = ["event_id", "timestamp", "visitor_id", "type"];

    /// <summary>Every accepted column.</summary>
    public static readonly IReadOnlyList<string> Known = ["event_id", "timestamp", "visitor_id", "type", "url", "referrer", "value", "currency", "contact_id", "name"];

    /// <summary>Reads and validates the file, lazily (see <see cref="ParsedFile{T}"/>); <paramref name="options"/> name its encoding and date format when they cannot be detected.</summary>
    public ParsedFile<TrackedEvent> Read(string path, ImportOptions? options = null)
    {
        var table = CsvTable.Open(path, options);
        table.RequireColumns(Required, Known);
        return NativeRows.Read(table, ReadRow);
    }

    private TrackedEvent? ReadRow(CsvRow r, RowErrors row)
    {
        var eventId = Id(r, "event_id", row, required: true);
        var visitorId = Id(r, "visitor_id", row, required: false);
        var contactId = Id(r, "contact_id", row, required: false);
        DateTimeOffset timestamp = default;
        if (r["timestamp"] is not { } time)
        {
            row.Add("timestamp", "timestamp is empty.");
        }
        else if (!FieldParser.TryParseInstant(time, calendar, out timestamp, out var error))
        {
            row.Add("timestamp", error);
        }

        var typeKnown = EventTypes.TryParse(r["type"], out var type);
        if (!typeKnown)
        {
            row.Add("type", r["type"] is null ? $"type is empty; use one of {string.Join(", ", EventTypes.Names)}." : $"'{FieldParser.Clip(r["type"]!)}' is not an event type; use one of {string.Join(", ", EventTypes.Names)}.");
        }

        var url = r["url"];
        if (url is not null && !FieldParser.TryParseUrl(url, allowApp: false, out var urlError))
        {
            row.Add("url", urlError);
        }
        else if (url is null && typeKnown && type.IsHit())
        {
            row.Add("url", $"a {type.Name()} needs the page's url.");
        }

        var referrer = r["referrer"];
        if (referrer is not null && !FieldParser.TryParseUrl(referrer, allowApp: true, out var referrerError))
        {
            row.Add("referrer", referrerError);
        }

        // A visitor_id refused for its length already has its error; "needs a visitor_id" would be a second, false one (issue 13, §3.7).
        if (typeKnown && visitorId is null && r["visitor_id"] is null && (type.IsHit() || contactId is null))
        {
            row.Add("visitor_id", type.IsHit() ? $"a {type.Name()} needs a visitor_id." : "a conversion needs a visitor_id or a contact_id.");
        }

        decimal? value = null;
        if (r["value"] is { } valueText)
        {
            if (FieldParser.TryParseDecimal(valueText, out var parsed, out var valueError))
            {
                value = parsed;
            }
            else
            {
                row.Add("value", valueError);
            }
        }

        string? currency = null;
        if (r["currency"] is { } currencyText)
        {
            if (FieldParser.TryParseCurrency(currencyText, out var code, out var currencyError))
            {
                currency = code;
            }
            else
            {
                row.Add("currency", currencyError);
            }
        }

        if (TextLimits.Problem("name", r["name"], TextLimits.Tag) is { } longName)
        {
            row.Add("name", longName);
        }

        var source = row.Count == 0 ? classifier.Classify(url, referrer) : TrafficSource.Direct;
        if (source.TagProblem() is { } longTag)
        {
            row.Add("url", longTag);
        }

        if (row.Count > 0 || eventId is null)
        {
            return null;
        }

        RejectControlCharacters(row, "url", [("utm_source", source.Source), ("utm_medium", source.Medium), ("utm_campaign", source.Campaign), ("utm_content", source.Content), ("utm_term", source.Term)]);
        RejectControlCharacters(row, "name", [("name", r["name"])]);
        if (row.Count > 0)
        {
            return null;
        }

        return new TrackedEvent
        {
            EventId = eventId,
            Timestamp = timestamp,
            VisitorId = visitorId,
            Type = type,
            Url = url,
            Referrer = referrer,
            Value = value,
            Currency = currency,
            ContactId = contactId,
            Name = r["name"],
            Source = source,
        };
    }

    /// <summary>
    /// A row error for each value holding control characters other than tabs and line breaks (a campaign of <c>%00x%1b[31mred</c>): the store
    /// cannot keep a NUL (the value came out empty, with no word) and a terminal must never receive ESC, so the
    /// row is refused and the error names the tag and the characters (issue 13, §3.7).
    /// </summary>
    private static void RejectControlCharacters(RowErrors row, string column, (string Name, string? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            if (value is not null && value.Any(IsRefusedControl))
            {
                var codes = string.Join(", ", value.Where(IsRefusedControl).Distinct().Select(c => string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}")));
                row.Add(column, $"{name} holds control characters ({codes}), which Payoff does not store; remove them{(column == "url" ? " from the URL's tags" : string.Empty)}.");
            }
        }
    }

    // Tabs and line breaks are text (a quoted multi-line name); every other control character is not.
    private static bool IsRefusedControl(char c) => char.IsControl(c) && c is not ('\t' or '\n' or '\r');

    private static string? Id(CsvRow r, string column, RowErrors row, bool required)
    {
        var value = r[column];
        if (value is null)
        {
            if (required)
            {
                row.Add(column, $"{column} is empty.");
            }

            return null;
        }

        if (value.Length > FieldParser.MaxIdLength)
        {
            row.Add(column, $"{column} is longer than {FieldParser.MaxIdLength} characters.");
            return null;
        }

        return value;
    }
}
