using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Payoff.Core.Conversations;
using Payoff.Core.Importing;
using Payoff.Import.Csv;
using Payoff.Import.Native;

namespace Payoff.Import.Conversations;

/// <summary>
/// The account's own comments and replies from the platforms' data downloads — what the brand wrote, so the service
/// report sees its answers — as outbound conversation messages:
/// <list type="bullet">
/// <item><b>X archive</b> <c>data/tweets.js</c> (<c>window.YTD.tweets.part0 = [ { "tweet": { … } } ]</c>): each reply
/// (<c>in_reply_to_status_id_str</c>) in the thread of the post it answers, each post that mentions someone
/// (<c>entities.user_mentions</c>) as a mention in its own thread; plain posts are posts, not conversations, and are
/// skipped. Times like <c>Wed Mar 04 09:15:00 +0000 2026</c>.</item>
/// <item><b>Meta "Download your information" JSON</b>: Instagram <c>post_comments_1.json</c> (<c>string_map_data</c> with
/// Comment, Media Owner, Time) and Facebook <c>comments.json</c> (<c>comments_v2</c>). Meta writes text as UTF-8 bytes
/// escaped one by one as Latin-1 characters ("\u00f0\u009f\u0098\u008d" for 😍); Payoff decodes them back.</item>
/// <item><b>YouTube in Google Takeout</b> <c>comments.csv</c> (Comment ID, Channel ID, Comment create timestamp, Parent
/// comment ID, Video ID, Comment text): the text is JSON segments (<c>{"text":"Great"},{"text":" video"}</c>), joined;
/// a comment with a parent is a reply in its parent's thread, else a comment in the video's.</item>
/// </list>
/// </summary>
public static partial class DataDownloadReader
{
    /// <summary>Which download <paramref name="path"/> is (by its first characters and keys), or null.</summary>
    public static ImportKind? Detect(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return null;
        }

        var head = Head(path);
        if (head.StartsWith("window.YTD.tweets", StringComparison.Ordinal))
        {
            return ImportKind.XArchive;
        }

        return head.TrimStart().StartsWith('[') || head.TrimStart().StartsWith('{')
            ? head.Contains("\"string_map_data\"", StringComparison.Ordinal) || head.Contains("\"comments_v2\"", StringComparison.Ordinal) ? ImportKind.MetaComments : null
            : null;
    }

    /// <summary>Reads X's <c>tweets.js</c>.</summary>
    /// <exception cref="ImportFileException">The file is not an X archive's tweets.js (the message says what it found).</exception>
    public static ParsedFile<ConversationMessage> ReadXArchive(string path)
    {
        var json = File.ReadAllText(path, Encoding.UTF8);
        var start = json.IndexOf('[', StringComparison.Ordinal);
        if (!json.StartsWith("window.YTD.tweets", StringComparison.Ordinal) || start < 0)
        {
            throw new ImportFileException(1, null, $"{Path.GetFileName(path)} is not an X archive's tweets.js (it should start with 'window.YTD.tweets.part0 = [').");
        }

        return Parse(path, json[start..], (root, errors) => Tweets(root, errors));
    }

    /// <summary>Reads a Meta download's comments JSON (Instagram or Facebook).</summary>
    /// <exception cref="ImportFileException">The file is not JSON.</exception>
    public static ParsedFile<ConversationMessage> ReadMetaComments(string path) => Parse(path, File.ReadAllText(path, Encoding.UTF8), (root, errors) => MetaComments(root, errors));

    /// <summary>Reads YouTube's Takeout <c>comments.csv</c>.</summary>
    public static ParsedFile<ConversationMessage> ReadYouTubeComments(string path, ImportOptions? options = null)
    {
        var table = CsvTable.Open(path, options);
        table.RequireColumns(YouTubeColumns, [.. table.Header]);
        return NativeRows.Read(table, (r, row) =>
        {
            var id = row.Limit("comment_id", r["comment_id"], 150);
            if (id is null)
            {
                row.Add("comment_id", "Comment ID is empty.");
            }

            DateTimeOffset at = default;
            if (r["comment_create_timestamp"] is not { } time || !DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out at))
            {
                row.Add("comment_create_timestamp", $"'{FieldParser.Clip(r["comment_create_timestamp"] ?? string.Empty)}' is not a date and time.");
            }

            if (row.Count > 0)
            {
                return null;
            }

            var parent = r["parent_comment_id"];
            return new ConversationMessage
            {
                Network = "YouTube",
                ThreadId = parent is null ? $"youtube:video:{r["video_id"]}" : $"youtube:{parent}",
                MessageId = $"youtube:{id}",
                Direction = MessageDirection.Outbound,
                Author = r["channel_id"],
                CreatedAt = at,
                Text = YouTubeText(r["comment_text"]),
                Kind = parent is null ? MessageKind.Comment : MessageKind.Reply,
                PostId = r["video_id"],
            };
        });
    }

    /// <summary>The columns a YouTube Takeout comments.csv must have (normalised).</summary>
    public static readonly IReadOnlyList<string> YouTubeColumns = ["comment_id", "channel_id", "comment_create_timestamp", "video_id", "comment_text"];

    /// <summary>
    /// Meta's mis-encoded text decoded: a string whose characters are all below U+0100 and whose bytes form valid UTF-8 is
    /// those bytes read as UTF-8 ("Ã©" → "é", "\u00f0\u009f\u0098\u008d" → 😍); any other string is returned as it is.
    /// </summary>
    public static string FixMetaText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.All(c => c < 0x80) || text.Any(c => c > 0xFF))
        {
            return text;
        }

        var bytes = text.Select(c => (byte)c).ToArray();
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return text;
        }
    }

    private static ParsedFile<ConversationMessage> Parse(string path, string json, Func<JsonElement, RowErrors, IEnumerable<ConversationMessage>> read)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new ImportFileException(ex.LineNumber is { } line ? line + 1 : 0, null, $"{Path.GetFileName(path)} is not valid JSON: {ex.Message}");
        }

        // Items are numbered from 1 as rows are; the document lives until the file is read.
        return new ParsedFile<ConversationMessage>(rows => Items(document, rows, read));
    }

    private static IEnumerable<ConversationMessage> Items(JsonDocument document, RowErrors rows, Func<JsonElement, RowErrors, IEnumerable<ConversationMessage>> read)
    {
        using (document)
        {
            foreach (var message in read(document.RootElement, rows))
            {
                yield return message;
            }
        }
    }

    private static IEnumerable<ConversationMessage> Tweets(JsonElement root, RowErrors errors)
    {
        long index = 0;
        foreach (var item in root.ValueKind == JsonValueKind.Array ? root.EnumerateArray() : Enumerable.Empty<JsonElement>())
        {
            errors.Start(++index);
            var tweet = item.TryGetProperty("tweet", out var t) ? t : item;
            var id = Text(tweet, "id_str");
            var created = Text(tweet, "created_at");
            if (id is null || created is null || !DateTimeOffset.TryParseExact(created, "ddd MMM dd HH:mm:ss zzz yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            {
                errors.Add(id is null ? "id_str" : "created_at", $"Tweet {index}: {(id is null ? "no id_str" : $"created_at '{created}' is not like 'Wed Mar 04 09:15:00 +0000 2026'")}.");
                continue;
            }

            var replyTo = Text(tweet, "in_reply_to_status_id_str");
            var mentions = tweet.TryGetProperty("entities", out var entities) && entities.TryGetProperty("user_mentions", out var list) && list.GetArrayLength() > 0;
            if (replyTo is null && !mentions)
            {
                continue; // a plain post: the posts import has it
            }

            yield return new ConversationMessage
            {
                Network = "X",
                ThreadId = replyTo is null ? $"x:{id}" : $"x:{replyTo}",
                MessageId = $"x:{id}",
                Direction = MessageDirection.Outbound,
                CreatedAt = at,
                Text = Text(tweet, "full_text") ?? Text(tweet, "text"),
                Kind = replyTo is null ? MessageKind.Mention : MessageKind.Reply,
            };
        }
    }

    private static IEnumerable<ConversationMessage> MetaComments(JsonElement root, RowErrors errors)
    {
        // Facebook: { "comments_v2": [ { "timestamp": …, "data": [ { "comment": { "timestamp", "comment", "author" } } ], "title": … } ] }
        var items = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("comments_v2", out var v2) ? v2
            : root.ValueKind == JsonValueKind.Object && root.TryGetProperty("comments_media_comments", out var media) ? media
            : root;
        if (items.ValueKind != JsonValueKind.Array)
        {
            errors.Start(1);
            errors.Add(null, "The JSON holds no list of comments (comments_v2, or a list of string_map_data).");
            yield break;
        }

        long index = 0;
        foreach (var item in items.EnumerateArray())
        {
            errors.Start(++index);
            string? text = null;
            long? timestamp = null;
            string network;
            if (item.TryGetProperty("string_map_data", out var map))
            {
                network = "Instagram";
                text = map.TryGetProperty("Comment", out var c) ? Text(c, "value") : null;
                timestamp = map.TryGetProperty("Time", out var time) && time.ValueKind == JsonValueKind.Object && time.TryGetProperty("timestamp", out var ts) ? Seconds(ts) : null;
            }
            else
            {
                network = "Facebook";
                var comment = item.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array && data.GetArrayLength() > 0 && data[0].TryGetProperty("comment", out var cm) ? cm : default;
                text = comment.ValueKind == JsonValueKind.Object ? Text(comment, "comment") : null;
                // The item's timestamp, else the comment's own (both are in Meta's files; either may be missing).
                timestamp = (item.TryGetProperty("timestamp", out var ts) ? Seconds(ts) : null)
                    ?? (comment.ValueKind == JsonValueKind.Object && comment.TryGetProperty("timestamp", out var inner) ? Seconds(inner) : null);
            }

            if (timestamp is null)
            {
                var given = Given(item);
                errors.Add("timestamp", given is null
                    ? $"Comment {index} has no timestamp (Unix seconds)."
                    : $"Comment {index}: the timestamp {FieldParser.Clip(given)} is not a time in Unix seconds.");
                continue;
            }

            var at = DateTimeOffset.FromUnixTimeSeconds(timestamp.Value);
            var fixedText = text is null ? null : FixMetaText(text);
            var id = $"{network.ToLowerInvariant()}-dyi:{timestamp}:{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(fixedText ?? string.Empty)))[..12]}";
            yield return new ConversationMessage
            {
                Network = network,
                ThreadId = id,
                MessageId = id,
                Direction = MessageDirection.Outbound,
                CreatedAt = at,
                Text = fixedText,
                Kind = MessageKind.Comment,

                // The file names whose post was commented on ("… commented on Marek Nowak's post.", "Media Owner"), never
                // the post itself: no post id.
                PostId = null,
            };
        }
    }

    private static string? YouTubeText(string? segments)
    {
        if (segments is null)
        {
            return null;
        }

        // Each segment's JSON string unescaped by the JSON reader (no reflection: the native build trims).
        var parts = SegmentText().Matches(segments).Select(m =>
        {
            using var text = JsonDocument.Parse("\"" + m.Groups[1].Value + "\"");
            return text.RootElement.GetString();
        }).ToList();
        return parts.Count == 0 ? segments : string.Concat(parts);
    }

    // The timestamp as written, wherever Meta put it (Instagram's string_map_data.Time, Facebook's item or comment), or null.
    private static string? Given(JsonElement item)
    {
        JsonElement value = default;
        var found = item.TryGetProperty("string_map_data", out var map) && map.ValueKind == JsonValueKind.Object && map.TryGetProperty("Time", out var time) && time.ValueKind == JsonValueKind.Object && time.TryGetProperty("timestamp", out value)
            || item.TryGetProperty("timestamp", out value);
        return found && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined) ? value.GetRawText() : null;
    }

    // Unix seconds from a JSON number; null for anything else (a string, null, a fraction out of range).
    private static long? Seconds(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seconds) && seconds is > 0 and < 253402300800 ? seconds : null;

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Head(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[4096];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, read);
    }

    [GeneratedRegex("\"text\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex SegmentText();
}
