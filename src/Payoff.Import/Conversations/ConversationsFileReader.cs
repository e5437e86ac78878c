using Payoff.Core.Conversations;
using Payoff.Core.Importing;
using Payoff.Core.Workspaces;
using Payoff.Import.Csv;
using Payoff.Import.Native;

namespace Payoff.Import.Conversations;

/// <summary>
/// Reads Payoff's conversations CSV: <c>message_id,thread_id,network,direction,author,created_at,text,kind</c> and the
/// optional <c>post_id,language,sentiment,reach</c>, one message per row — or another tool's CSV through a column map
/// (<see cref="ImportOptions.Columns"/>). <c>direction</c> is <c>in</c> or <c>out</c> (also inbound/outbound);
/// <c>created_at</c> is ISO 8601 (without an offset: UTC; a date alone: the start of that day in the workspace's zone);
/// <c>kind</c> is comment, mention, reply, direct-message (dm) or review; an empty <c>thread_id</c> is the message's own
/// id (a mapped file without kind or thread holds mentions, each its own thread); <c>language</c> is an ISO 639-1 code or empty to detect; <c>sentiment</c> is a tool's own label, kept beside
/// Payoff's; <c>reach</c> a whole number of people.
/// </summary>
public sealed class ConversationsFileReader(WorkspaceCalendar calendar)
{
    /// <summary>The longest message text accepted (characters); a longer one is a row error, never cut.</summary>
    public const int MaxText = 20_000;

    /// <summary>How far after <see cref="Latest"/>'s clock a message may be dated (a sender's clock running ahead): one day.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromDays(1);

    /// <summary>
    /// The latest <c>created_at</c> accepted (the import's time plus <see cref="ClockSkew"/>), or null for no limit: a
    /// message dated later was not written yet — a wrong date format or year — and is a row error naming the column.
    /// </summary>
    public DateTimeOffset? Latest { get; init; }

    /// <summary>The columns that must be present.</summary>
    public static readonly IReadOnlyList<string> Required = ["message_id", "thread_id", "network", "direction", "author", "created_at", "text", "kind"];

    /// <summary>Every accepted column.</summary>
    public static readonly IReadOnlyList<string> Known = [.. Required, "post_id", "language", "sentiment", "reach"];

    /// <summary>Reads and validates the file, lazily (see <see cref="ParsedFile{T}"/>).</summary>
    /// <exception cref="ImportFileException">The header lacks a column, the map names one the file lacks, or the map names a Payoff column that does not exist; the message names it.</exception>
    public ParsedFile<ConversationMessage> Read(string path, ImportOptions? options = null)
    {
        var table = CsvTable.Open(path, options);
        if (options?.Columns is { Count: > 0 } map)
        {
            // A mapping to a column Payoff does not read would silently do nothing: refused, naming the columns it reads.
            if (map.Keys.FirstOrDefault(k => !Known.Contains(k, StringComparer.Ordinal)) is { } unknown)
            {
                throw new ImportFileException(1, unknown, $"The column mapping names '{unknown}', which is not a column Payoff reads. Map any of: {string.Join(", ", Known)}.");
            }

            table = table.Mapped(map);

            // Another tool's file has columns of its own: only Payoff's are read, and every required one must be mapped.
            table.RequireColumns(Required.Where(c => c is not ("thread_id" or "author" or "kind")).ToList(), [.. table.Header]);
        }
        else
        {
            table.RequireColumns(Required, Known);
        }

        return NativeRows.Read(table, ReadRow);
    }

    /// <summary>
    /// One message given as fields by Payoff's column names (<c>POST /api/conversations</c>), validated as a row of the
    /// file is; the errors name the field.
    /// </summary>
    public (ConversationMessage? Message, IReadOnlyList<RowError> Errors) Read(IReadOnlyDictionary<string, string?> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var names = Known.ToList();
        var row = new CsvRow(1, [.. names.Select(n => fields.TryGetValue(n, out var v) ? v?.Trim() ?? string.Empty : string.Empty)], names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal));
        var errors = new List<RowError>();
        var rowErrors = new RowErrors(errors);
        rowErrors.Start(1);
        var message = ReadRow(row, rowErrors);
        return (message, errors);
    }

    /// <summary>Adds a row error to <paramref name="column"/> when <paramref name="at"/> is after <paramref name="latest"/>.</summary>
    internal static void NotLater(DateTimeOffset at, DateTimeOffset? latest, RowErrors row, string column)
    {
        if (at > latest)
        {
            row.Add(column, FormattableString.Invariant($"{column} {at.UtcDateTime:yyyy-MM-dd HH:mm}Z is after the import ({(latest!.Value - ClockSkew).UtcDateTime:yyyy-MM-dd HH:mm}Z): a message cannot be written later than it is read. Check the year and the date format."));
        }
    }

    private ConversationMessage? ReadRow(CsvRow r, RowErrors row)
    {
        var id = row.Limit("message_id", r["message_id"], 200);
        if (id is null)
        {
            row.Add("message_id", "message_id is empty.");
        }

        var thread = row.Limit("thread_id", r["thread_id"], 200) ?? id;
        var network = MetricsFileReader.Network(r["network"], row);
        if (!ConversationNames.TryDirection(r["direction"], out var direction))
        {
            row.Add("direction", r["direction"] is null ? "direction is empty (in or out)." : $"direction '{FieldParser.Clip(r["direction"]!)}' is not in or out.");
        }

        var createdAt = DateTimeOffset.MinValue;
        if (r["created_at"] is not { } at)
        {
            row.Add("created_at", "created_at is empty.");
        }
        else if (!FieldParser.TryParseInstant(at, calendar, out createdAt, out var error))
        {
            row.Add("created_at", error);
        }
        else
        {
            NotLater(createdAt, Latest, row, "created_at");
        }

        // A mapped file without a kind column holds mentions (a listening tool's export), and the brand's own rows in it
        // are its replies. An inbox of direct messages maps its kind (or a column of "direct-message").
        var kind = direction == MessageDirection.Outbound ? MessageKind.Reply : MessageKind.Mention;
        if (r["kind"] is { } kindText)
        {
            if (!ConversationNames.TryKind(kindText, out kind))
            {
                row.Add("kind", $"kind '{FieldParser.Clip(kindText)}' is not comment, mention, reply, direct-message or review.");
            }
        }
        else if (r.Columns.ContainsKey("kind"))
        {
            row.Add("kind", "kind is empty (comment, mention, reply, direct-message or review).");
        }

        var text = r["text"];
        if (text is { Length: > MaxText })
        {
            row.Add("text", $"text is longer than {MaxText:N0} characters.");
        }

        var language = r["language"]?.Trim().ToLowerInvariant();
        if (language is not null && !(language.Length == 2 && language.All(char.IsAsciiLetterLower)) && language != "und")
        {
            row.Add("language", $"language '{FieldParser.Clip(language)}' is not an ISO 639-1 code such as en, id, ms or pl.");
        }

        long? reach = null;
        if (r["reach"] is { } reachText)
        {
            if (FieldParser.TryParseCount(reachText, out var value, out var error))
            {
                reach = value;
            }
            else
            {
                row.Add("reach", error);
            }
        }

        var author = row.Limit("author", r["author"], 200);
        var post = row.Limit("post_id", r["post_id"], 200);
        var tool = row.Limit("sentiment", r["sentiment"], 50);
        return row.Count > 0 ? null : new ConversationMessage
        {
            Network = network!,
            ThreadId = thread!,
            MessageId = id!,
            Direction = direction,
            Author = author,
            CreatedAt = createdAt,
            Text = text,
            Kind = kind,
            PostId = post,
            Language = language,
            ToolSentiment = tool,
            Reach = reach,
        };
    }
}
