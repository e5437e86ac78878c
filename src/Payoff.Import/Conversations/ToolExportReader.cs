using System.Globalization;
using Payoff.Core.Conversations;
using Payoff.Core.Networks;
using Payoff.Core.Workspaces;
using Payoff.Import.Csv;
using Payoff.Import.Native;

namespace Payoff.Import.Conversations;

/// <summary>The inbox, listening and helpdesk tools whose CSV exports Payoff reads as conversations.</summary>
public enum ConversationTool
{
    /// <summary>Brand24-style mentions export: Date, Hour, Title, Content, Source, Author, Sentiment, Reach, Url.</summary>
    Brand24,

    /// <summary>Mention-style (mention.com) export: Date, Title, Description, Url, Source type, Author, Language, Tone, Reach.</summary>
    Mention,

    /// <summary>Zendesk-style tickets export: Id, Requester, Subject, Via, Created at, First reply time in minutes.</summary>
    Zendesk,

    /// <summary>Freshdesk-style tickets export: Ticket ID, Subject, Source, Created time, Full name, First response time (in hrs).</summary>
    Freshdesk,
}

/// <summary>
/// Reads a listening tool's mentions or a helpdesk's tickets as conversation messages. Message ids are prefixed with the
/// tool (<c>brand24:…</c>, <c>zendesk:4711</c>) so they never collide with another source's; re-importing a later export
/// replaces what an earlier one brought.
/// <list type="bullet">
/// <item>Mentions (Brand24, Mention): each row is one inbound mention, its own thread; the network is the source's
/// (twitter → X, facebook → Facebook, news, blogs and web pages → Web); the tool's sentiment is kept beside Payoff's; reach
/// kept; a row without a URL gets its id from the source, author, time and text (SHA-256), so the same mention twice is one.
/// Brand24 writes the date and the time in two columns; Mention writes one.</item>
/// <item>Tickets (Zendesk, Freshdesk): each ticket is one inbound direct message (its subject as text) on its channel
/// (Via/Source: email, web form, chat, phone, Facebook…), and, when the export gives the first reply time, the brand's
/// first answer as an outbound reply at created + that time (no text: the export has none). Zendesk gives minutes
/// ("First reply time in minutes", calendar time); Freshdesk gives hours as "hh:mm:ss" or a decimal ("First response time
/// (in hrs)").</item>
/// </list>
/// Times without an offset are read in the workspace's time zone (the tools export in the account's zone).
/// </summary>
public sealed class ToolExportReader(ConversationTool tool, WorkspaceCalendar calendar)
{
    /// <summary>The columns that tell each tool's export apart (normalised header names).</summary>
    public static readonly IReadOnlyDictionary<ConversationTool, string[]> Signatures = new Dictionary<ConversationTool, string[]>
    {
        [ConversationTool.Brand24] = ["date", "hour", "content", "source", "author", "sentiment"],
        [ConversationTool.Mention] = ["date", "description", "source_type", "author", "tone"],
        [ConversationTool.Zendesk] = ["id", "requester", "subject", "via", "created_at"],
        [ConversationTool.Freshdesk] = ["ticket_id", "subject", "source", "created_time"],
    };

    /// <summary>The tool whose export has <paramref name="header"/> (normalised names), or null.</summary>
    public static ConversationTool? Detect(IReadOnlySet<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        foreach (var (tool, columns) in Signatures)
        {
            if (columns.All(header.Contains))
            {
                return tool;
            }
        }

        return null;
    }

    /// <summary>Reads and validates the file, lazily.</summary>
    /// <exception cref="ImportFileException">The header lacks the tool's columns.</exception>
    public ParsedFile<ConversationMessage> Read(string path, ImportOptions? options = null)
    {
        var table = CsvTable.Open(path, options);
        table.RequireColumns(Signatures[tool], [.. table.Header]);
        return NativeRows.ReadMany(table, ReadRow);
    }

    private IEnumerable<ConversationMessage>? ReadRow(CsvRow r, RowErrors row) => tool switch
    {
        ConversationTool.Brand24 => Mention(r, row, "content", "title", "source", "sentiment", "url", r["hour"] is { } hour ? $"{r["date"]} {hour}" : r["date"], "date"),
        ConversationTool.Mention => Mention(r, row, "description", "title", "source_type", "tone", "url", r["date"], "date"),
        ConversationTool.Zendesk => Ticket(r, row, "id", "via", "created_at", "requester", r["first_reply_time_in_minutes"] is { } minutes ? Minutes(minutes, row, "first_reply_time_in_minutes") : null),
        _ => Ticket(r, row, "ticket_id", "source", "created_time", "full_name", r["first_response_time_(in_hrs)"] is { } hours ? Hours(hours, row, "first_response_time_(in_hrs)") : null),
    };

    private ConversationMessage[]? Mention(CsvRow r, RowErrors row, string textColumn, string titleColumn, string sourceColumn, string sentimentColumn, string urlColumn, string? when, string whenColumn)
    {
        var at = Instant(when, row, whenColumn);
        var text = r[textColumn] ?? r[titleColumn];
        if (text is null)
        {
            row.Add(textColumn, $"{textColumn} is empty: a mention needs its text.");
        }

        var network = Network(r[sourceColumn] ?? r["domain"]);
        var author = row.Limit("author", r["author"], 200);
        long? reach = null;
        if (r["reach"] is { } reachText)
        {
            if (FieldParser.TryParseCount(reachText.Replace(",", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal), out var value, out var error))
            {
                reach = value;
            }
            else
            {
                row.Add("reach", error);
            }
        }

        if (row.Count > 0 || at is null)
        {
            return null;
        }

        var key = r[urlColumn] is { Length: <= 180 } url ? url : Hash($"{network}|{author}|{at:O}|{text}");
        var id = $"{tool.ToString().ToLowerInvariant()}:{key}";
        return [new ConversationMessage
        {
            Network = network,
            ThreadId = id,
            MessageId = id,
            Direction = MessageDirection.Inbound,
            Author = author,
            CreatedAt = at.Value,
            Text = text,
            Kind = MessageKind.Mention,
            Language = r["language"] is { Length: 2 } language ? language.ToLowerInvariant() : null,
            ToolSentiment = row.Limit(sentimentColumn, r[sentimentColumn], 50),
            Reach = reach,
        }];
    }

    private ConversationMessage[]? Ticket(CsvRow r, RowErrors row, string idColumn, string channelColumn, string createdColumn, string authorColumn, TimeSpan? firstReply)
    {
        var ticket = row.Limit(idColumn, r[idColumn], 100);
        if (ticket is null)
        {
            row.Add(idColumn, $"{idColumn} is empty.");
        }

        var at = Instant(r[createdColumn], row, createdColumn);
        if (row.Count > 0 || at is null)
        {
            return null;
        }

        var id = $"{tool.ToString().ToLowerInvariant()}:{ticket}";
        var network = Network(r[channelColumn] ?? "Email");
        var inbound = new ConversationMessage
        {
            Network = network,
            ThreadId = id,
            MessageId = id,
            Direction = MessageDirection.Inbound,
            Author = row.Limit(authorColumn, r[authorColumn], 200),
            CreatedAt = at.Value,
            Text = r["subject"],
            Kind = MessageKind.DirectMessage,
        };
        return firstReply is { } reply
            ? [inbound, new ConversationMessage { Network = network, ThreadId = id, MessageId = id + ":first-reply", Direction = MessageDirection.Outbound, CreatedAt = at.Value + reply, Kind = MessageKind.Reply }]
            : [inbound];
    }

    /// <summary>The latest created time accepted (see <see cref="ConversationsFileReader.Latest"/>), or null for no limit.</summary>
    public DateTimeOffset? Latest { get; init; }

    private DateTimeOffset? Instant(string? text, RowErrors row, string column)
    {
        var at = ParseInstant(text, row, column);
        if (at is { } value)
        {
            ConversationsFileReader.NotLater(value, Latest, row, column);
        }

        return at;
    }

    private DateTimeOffset? ParseInstant(string? text, RowErrors row, string column)
    {
        if (text is null)
        {
            row.Add(column, $"{column} is empty.");
            return null;
        }

        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local) && !text.Contains('Z', StringComparison.Ordinal) && !text.Contains('+', StringComparison.Ordinal))
        {
            var day = DateOnly.FromDateTime(local);
            return calendar.Instant(day, TimeOnly.FromDateTime(local));
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var instant))
        {
            return instant;
        }

        row.Add(column, $"'{FieldParser.Clip(text)}' is not a date and time (expected e.g. 2026-03-05 14:20).");
        return null;
    }

    private static TimeSpan? Minutes(string text, RowErrors row, string column)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var minutes) && minutes >= 0)
        {
            return TimeSpan.FromMinutes(minutes);
        }

        row.Add(column, $"'{FieldParser.Clip(text)}' is not a number of minutes.");
        return null;
    }

    // Freshdesk: "hh:mm:ss" (hours may pass 24) or decimal hours.
    private static TimeSpan? Hours(string text, RowErrors row, string column)
    {
        var parts = text.Split(':');
        if (parts.Length == 3 && parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return new TimeSpan(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture));
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var hours) && hours >= 0)
        {
            return TimeSpan.FromHours(hours);
        }

        row.Add(column, $"'{FieldParser.Clip(text)}' is not hh:mm:ss or a number of hours.");
        return null;
    }

    // The tools' source and channel names as networks: a known social network by its canonical name, the web's kinds as Web.
    private static string Network(string? source)
    {
        var text = source?.Trim() ?? string.Empty;
        if (NetworkCatalog.Default.Canonical(text) is { } network)
        {
            return network;
        }

        return text.ToLowerInvariant() switch
        {
            "twitter" or "x" or "x (twitter)" => "X",
            "news" or "blogs" or "blog" or "web" or "forums" or "forum" or "podcasts" or "videos" or "" => "Web",
            "email" or "e-mail" or "mail" => "Email",
            "web form" or "web_form" or "portal" or "feedback widget" or "widget" => "Web form",
            "chat" or "live chat" or "messaging" => "Chat",
            "phone" or "voice" => "Phone",
            _ => text.Length <= 100 ? char.ToUpperInvariant(text[0]) + text[1..] : text[..100],
        };
    }

    private static string Hash(string text) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..32];
}
