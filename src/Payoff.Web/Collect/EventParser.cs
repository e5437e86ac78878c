using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Payoff.Web.Collect;

/// <summary>Reads the events of a collect request body: one JSON object, or an array of them.</summary>
/// <remarks>
/// One forward pass of a <see cref="Utf8JsonReader"/> over the body's bytes: no document is built, and
/// unknown fields (nested objects and arrays included) are skipped without being materialised. The
/// whole body must be valid JSON nested at most 16 deep, or it is rejected as a whole. A field of the
/// wrong type, a string with a NUL character, invalid UTF-8 or a lone surrogate, or an unreadable time
/// rejects that event with a message naming the field (the first such field in the order of
/// <see cref="EventFields"/>); an unreadable browser time (<c>ts</c>, <c>sent_at</c>) is set aside with a
/// warning instead. A field given twice keeps its last value. Times are milliseconds since the Unix
/// epoch or ISO 8601 with an offset.
/// </remarks>
public static class EventParser
{
    private const int MaxDepth = 16;

    /// <summary>The events, each parsed or with the reason it was rejected; or the error that rejects the whole body.</summary>
    public static (IReadOnlyList<(EventFields? Fields, string? Error)> Events, string? BodyError) Parse(ReadOnlySpan<byte> body, int maxBatch)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = MaxDepth });
        return Parse(ref reader, maxBatch);
    }

    /// <summary>The events of a body held in several buffers (as read from the request's pipe).</summary>
    public static (IReadOnlyList<(EventFields? Fields, string? Error)> Events, string? BodyError) Parse(ReadOnlySequence<byte> body, int maxBatch)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = MaxDepth });
        return Parse(ref reader, maxBatch);
    }

    private static (IReadOnlyList<(EventFields? Fields, string? Error)> Events, string? BodyError) Parse(ref Utf8JsonReader reader, int maxBatch)
    {
        try
        {
            if (!reader.Read())
            {
                return ([], "The body is not valid JSON: it is empty.");
            }

            List<(EventFields?, string?)> events;
            string? shape = null;
            if (reader.TokenType == JsonTokenType.StartArray)
            {
                events = [];
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    events.Add(Read(ref reader));
                }
            }
            else if (reader.TokenType == JsonTokenType.StartObject)
            {
                events = [Read(ref reader)];
            }
            else
            {
                events = [];
                shape = "The body must be one event object or an array of them.";
                reader.Skip();
            }

            // Anything after the first value (a second object, a stray bracket) makes the body invalid JSON.
            if (reader.Read())
            {
                throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"More JSON follows the body's value at byte {reader.TokenStartIndex}."));
            }

            return shape is not null ? ([], shape)
                : events.Count == 0 ? ([], "The batch is empty.")
                : events.Count > maxBatch ? ([], string.Create(CultureInfo.InvariantCulture, $"The batch has {events.Count} events; the limit is {maxBatch}."))
                : (events, null);
        }
        catch (JsonException ex)
        {
            return ([], $"The body is not valid JSON: {ex.Message}");
        }
    }

    /// <summary>Reads one array element or the root value; the reader is on its first token and is left on its last.</summary>
    private static (EventFields?, string?) Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return (null, "An event must be a JSON object.");
        }

        var texts = default(TextFields);
        decimal? value = null;
        DateTimeOffset? ts = null, sentAt = null, timestamp = null;
        string? tsWarning = null, sentAtWarning = null;
        var error = (Field: int.MaxValue, Message: (string?)null);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = FieldOf(ref reader);
            reader.Read();
            if (field < 0)
            {
                reader.Skip();
                continue;
            }

            try
            {
                switch (field)
                {
                    case Field.Value:
                        value = Number(ref reader, Names[field]);
                        break;
                    case Field.Ts:
                        ts = Lenient(ref reader, Names[field], out tsWarning);
                        break;
                    case Field.SentAt:
                        sentAt = Lenient(ref reader, Names[field], out sentAtWarning);
                        break;
                    case Field.Timestamp:
                        timestamp = Time(ref reader, Names[field]);
                        break;
                    default:
                        texts[field] = Text(ref reader, Names[field]);
                        break;
                }
            }
            catch (FormatException ex)
            {
                if (field < error.Field)
                {
                    error = (field, ex.Message);
                }
            }
        }

        if (error.Message is not null)
        {
            return (null, error.Message);
        }

        IReadOnlyList<string> warnings = (tsWarning, sentAtWarning) switch
        {
            (null, null) => [],
            ({ } a, null) => [a],
            (null, { } b) => [b],
            ({ } a, { } b) => [a, b],
        };
        return (new EventFields
        {
            Site = texts[Field.Site],
            Type = texts[Field.Type],
            Url = texts[Field.Url],
            Referrer = texts[Field.Referrer],
            Visitor = texts[Field.Visitor],
            VisitorId = texts[Field.VisitorId],
            EventId = texts[Field.EventId],
            ContactId = texts[Field.ContactId],
            Name = texts[Field.Name],
            Value = value,
            Currency = texts[Field.Currency],
            Ts = ts,
            SentAt = sentAt,
            Timestamp = timestamp,
            Ip = texts[Field.Ip],
            UserAgent = texts[Field.UserAgent],
            Warnings = warnings,
        }, null);
    }

    private static int FieldOf(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < Utf8Names.Length; i++)
        {
            if (reader.ValueTextEquals(Utf8Names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static string? Text(ref Utf8JsonReader reader, string name)
    {
        string text;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                text = StringOf(ref reader, name);
                break;
            case JsonTokenType.Number:
                // A number sent for a text field (a numeric id) keeps its digits as written.
                text = System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
                break;
            default:
                reader.Skip();
                throw new FormatException($"Field '{name}' must be a string.");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new FormatException($"Field '{name}' contains a NUL character.");
        }

        text = text.Trim();
        return text.Length == 0 ? null : text;
    }

    private static decimal? Number(ref Utf8JsonReader reader, string name)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetDecimal(out var number) && Math.Abs(number) < 1_000_000_000_000m:
                return number;
            case JsonTokenType.String when decimal.TryParse(StringOf(ref reader, name), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) && Math.Abs(parsed) < 1_000_000_000_000m:
                return parsed;
            default:
                reader.Skip();
                throw new FormatException($"Field '{name}' must be a number below 10^12.");
        }
    }

    private static DateTimeOffset? Lenient(ref Utf8JsonReader reader, string name, out string? warning)
    {
        warning = null;
        try
        {
            return Time(ref reader, name);
        }
        catch (FormatException ex)
        {
            warning = $"{ex.Message} It was ignored; the server's time was used.";
            return null;
        }
    }

    private static DateTimeOffset? Time(ref Utf8JsonReader reader, string name)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetInt64(out var ms) && ms is > 0 and < 253_402_300_799_000:
                return DateTimeOffset.FromUnixTimeMilliseconds(ms);
            case JsonTokenType.String when DateTimeOffset.TryParse(StringOf(ref reader, name), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time):
                return time;
            default:
                reader.Skip();
                throw new FormatException($"Field '{name}' must be milliseconds since 1970 or an ISO 8601 time.");
        }
    }

    /// <summary>A JSON string's text; JSON holding invalid UTF-8 or a lone surrogate (<c>\ud800</c>) cannot be text, and rejects the event naming the field.</summary>
    private static string StringOf(ref Utf8JsonReader reader, string name)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new FormatException($"Field '{name}' is not valid text: it holds invalid UTF-8 or a lone surrogate.");
        }
    }

    /// <summary>The known fields, in the order their errors are reported.</summary>
    private static readonly string[] Names = ["site", "type", "url", "referrer", "visitor", "visitor_id", "event_id", "contact_id", "name", "value", "currency", "ts", "sent_at", "timestamp", "ip", "user_agent"];

    private static readonly byte[][] Utf8Names = [.. Names.Select(System.Text.Encoding.UTF8.GetBytes)];

    /// <summary>The text fields of one event while it is read, indexed by <see cref="Field"/>, on the stack.</summary>
    [InlineArray(16)]
    private struct TextFields
    {
        private string? first;
    }

    private static class Field
    {
        public const int Site = 0, Type = 1, Url = 2, Referrer = 3, Visitor = 4, VisitorId = 5, EventId = 6, ContactId = 7, Name = 8,
            Value = 9, Currency = 10, Ts = 11, SentAt = 12, Timestamp = 13, Ip = 14, UserAgent = 15;
    }
}
