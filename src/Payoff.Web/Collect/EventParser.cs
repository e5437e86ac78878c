using System.Globalization;
using System.Text.Json;

namespace Payoff.Web.Collect;

/// <summary>Reads the events of a collect request body: one JSON object, or an array of them.</summary>
/// <remarks>
/// Unknown fields and nested objects are ignored. A field of the wrong type, a string with a NUL
/// character, invalid UTF-8 or a lone surrogate, or an unreadable time rejects that event with a message
/// naming the field. Times are
/// milliseconds since the Unix epoch or ISO 8601 with an offset.
/// </remarks>
public static class EventParser
{
    /// <summary>The events, each parsed or with the reason it was rejected; or the error that rejects the whole body.</summary>
    public static (IReadOnlyList<(EventFields? Fields, string? Error)> Events, string? BodyError) Parse(ReadOnlyMemory<byte> body, int maxBatch)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            return ([], $"The body is not valid JSON: {ex.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                var count = root.GetArrayLength();
                if (count == 0)
                {
                    return ([], "The batch is empty.");
                }

                if (count > maxBatch)
                {
                    return ([], $"The batch has {count} events; the limit is {maxBatch}.");
                }

                return (root.EnumerateArray().Select(Read).ToList(), null);
            }

            return root.ValueKind == JsonValueKind.Object
                ? ([Read(root)], null)
                : ([], "The body must be one event object or an array of them.");
        }
    }

    private static (EventFields?, string?) Read(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            return (null, "An event must be a JSON object.");
        }

        try
        {
            var warnings = new List<string>();
            return (new EventFields
            {
                Site = Text(e, "site"),
                Type = Text(e, "type"),
                Url = Text(e, "url"),
                Referrer = Text(e, "referrer"),
                Visitor = Text(e, "visitor"),
                VisitorId = Text(e, "visitor_id"),
                EventId = Text(e, "event_id"),
                ContactId = Text(e, "contact_id"),
                Name = Text(e, "name"),
                Value = Number(e, "value"),
                Currency = Text(e, "currency"),
                Ts = Lenient(e, "ts", warnings),
                SentAt = Lenient(e, "sent_at", warnings),
                Timestamp = Time(e, "timestamp"),
                Ip = Text(e, "ip"),
                UserAgent = Text(e, "user_agent"),
                Warnings = warnings,
            }, null);
        }
        catch (FormatException ex)
        {
            return (null, ex.Message);
        }
    }

    private static string? Text(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => StringOf(value, name),
            JsonValueKind.Number => value.GetRawText(),
            _ => throw new FormatException($"Field '{name}' must be a string."),
        };
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new FormatException($"Field '{name}' contains a NUL character.");
        }

        text = text.Trim();
        return text.Length == 0 ? null : text;
    }

    private static decimal? Number(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) && Math.Abs(number) < 1_000_000_000_000m)
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String && decimal.TryParse(StringOf(value, name), NumberStyles.Number, CultureInfo.InvariantCulture, out number) && Math.Abs(number) < 1_000_000_000_000m)
        {
            return number;
        }

        throw new FormatException($"Field '{name}' must be a number below 10^12.");
    }

    private static DateTimeOffset? Lenient(JsonElement e, string name, List<string> warnings)
    {
        try
        {
            return Time(e, name);
        }
        catch (FormatException ex)
        {
            warnings.Add($"{ex.Message} It was ignored; the server's time was used.");
            return null;
        }
    }

    private static DateTimeOffset? Time(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var ms) && ms is > 0 and < 253_402_300_799_000)
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(ms);
        }

        if (value.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(StringOf(value, name), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }

        throw new FormatException($"Field '{name}' must be milliseconds since 1970 or an ISO 8601 time.");
    }

    /// <summary>A JSON string's text; JSON holding invalid UTF-8 or a lone surrogate (<c>\ud800</c>) cannot be text, and rejects the event naming the field.</summary>
    private static string StringOf(JsonElement value, string name)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new FormatException($"Field '{name}' is not valid text: it holds invalid UTF-8 or a lone surrogate.");
        }
    }
}
