using System.Collections;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Payoff.Storage.ClickHouse;

/// <summary>
/// ClickHouse's HTTP interface (<see href="https://clickhouse.com/docs/en/interfaces/http"/>), as 18.16 and current releases
/// both speak it: statements in the POST body, results streamed as <c>TabSeparated</c> rows (gzip-compressed,
/// <c>enable_http_compression=1</c>), inserts streamed as gzip-compressed <c>TabSeparated</c> bodies. Values in statements are
/// bound by <see cref="ClickHouseSql.Bind"/>; values in inserts are written by <see cref="Field"/>. Every request sets
/// <c>insert_distributed_sync=1</c>: an insert into a Distributed table answers only once every shard holds its rows, so an
/// acknowledged insert is durable and visible at once (the asynchronous default would queue them on the entry node).
/// </summary>
/// <remarks>
/// The user and password go in a Basic authorization header (never in the URL, where logs would keep them). A refusal by the
/// server — an HTTP error, or an exception it appends to a result already streaming — throws <see cref="ClickHouseException"/>
/// with ClickHouse's code and text; a server that cannot be reached throws <see cref="HttpRequestException"/>.
/// </remarks>
public sealed partial class ClickHouseClient : IDisposable
{
    private readonly HttpClient http;
    private readonly string database;

    /// <summary>A client of the server at <paramref name="endpoint"/> (its HTTP base, <c>http://HOST:PORT/</c>) using <paramref name="database"/>.</summary>
    /// <param name="endpoint">The HTTP interface.</param>
    /// <param name="database">The database statements run in (plain name), or null for <c>default</c>.</param>
    /// <param name="user">The user (null: <c>default</c>).</param>
    /// <param name="password">The password (null: none).</param>
    /// <param name="timeout">How long one statement may take (null: 10 minutes).</param>
    public ClickHouseClient(Uri endpoint, string? database, string? user = null, string? password = null, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        Endpoint = endpoint;
        this.database = database ?? "default";
        http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.GZip, PooledConnectionIdleTimeout = TimeSpan.FromSeconds(20) })
        {
            BaseAddress = endpoint,
            Timeout = timeout ?? TimeSpan.FromMinutes(10),
        };
        if (user is not null || password is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user ?? "default"}:{password}")));
        }
    }

    /// <summary>The server's HTTP interface.</summary>
    public Uri Endpoint { get; }

    /// <summary>Runs a statement that returns no rows (DDL, <c>INSERT … SELECT</c>, <c>ALTER</c>).</summary>
    /// <exception cref="ClickHouseException">The server refused it.</exception>
    public async Task ExecuteAsync(string sql, CancellationToken cancellationToken = default)
    {
        using var request = Request(null, new StringContent(sql, Encoding.UTF8));
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        await ThrowIfFailedAsync(response, sql, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Streams the rows of <paramref name="sql"/> (a SELECT without a FORMAT clause) as their fields' text, <c>null</c> for
    /// <c>NULL</c>, each row as the server sends it.
    /// </summary>
    /// <exception cref="ClickHouseException">The server refused the statement or failed while sending its rows.</exception>
    public async IAsyncEnumerable<string?[]> QueryAsync(string sql, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sql);
        using var request = Request(null, new StringContent(sql + "\nFORMAT TabSeparated", Encoding.UTF8));
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        await ThrowIfFailedAsync(response, sql, cancellationToken).ConfigureAwait(false);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            // An error after the first rows comes as text in the body ("Code: 241, e.displayText() = …").
            if (ServerError().IsMatch(line))
            {
                throw ClickHouseException.From(line + await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false), sql);
            }

            var fields = Split(line);
            yield return fields;
        }
    }

    /// <summary>The rows of <paramref name="sql"/>, read whole.</summary>
    /// <exception cref="ClickHouseException">The server refused the statement.</exception>
    public async Task<List<string?[]>> RowsAsync(string sql, CancellationToken cancellationToken = default)
    {
        var rows = new List<string?[]>();
        await foreach (var row in QueryAsync(sql, cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The first field of the first row of <paramref name="sql"/>, or null when there is no row.</summary>
    public async Task<string?> ScalarAsync(string sql, CancellationToken cancellationToken = default)
    {
        await foreach (var row in QueryAsync(sql, cancellationToken).ConfigureAwait(false))
        {
            return row[0];
        }

        return null;
    }

    /// <summary>
    /// Inserts <paramref name="rows"/> into <paramref name="table"/>'s <paramref name="columns"/>, streamed as one gzip-compressed
    /// <c>TabSeparated</c> body (each value written by <see cref="Field"/>). Returns the number of rows sent.
    /// </summary>
    /// <exception cref="ClickHouseException">The server refused the insert (nothing of it is stored when the table is a MergeTree and the body one block).</exception>
    public async Task<long> InsertAsync(string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var sql = $"INSERT INTO {string.Join('.', table.Split('.').Select(ClickHouseSql.Identifier))} ({string.Join(", ", columns.Select(ClickHouseSql.Identifier))}) FORMAT TabSeparated";
        var count = 0L;
        var body = new MemoryStream();
        await using (var gzip = new GZipStream(body, CompressionLevel.Fastest, leaveOpen: true))
        await using (var writer = new StreamWriter(gzip, new UTF8Encoding(false), 1 << 16))
        {
            var line = new StringBuilder();
            foreach (var row in rows)
            {
                if (row.Length != columns.Count)
                {
                    throw new ArgumentException($"Row {count + 1} has {row.Length} values for {columns.Count} columns.", nameof(rows));
                }

                line.Clear();
                for (var i = 0; i < row.Length; i++)
                {
                    if (i > 0)
                    {
                        line.Append('\t');
                    }

                    Field(line, row[i]);
                }

                line.Append('\n');
                await writer.WriteAsync(line, cancellationToken).ConfigureAwait(false);
                count++;
            }
        }

        if (count == 0)
        {
            return 0;
        }

        body.Position = 0;
        var content = new StreamContent(body);
        content.Headers.ContentEncoding.Add("gzip");
        using var request = Request(sql, content);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        await ThrowIfFailedAsync(response, sql, cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>
    /// Writes <paramref name="value"/> as a <c>TabSeparated</c> field: <c>\N</c> for null; strings with backslash, tab, newline,
    /// carriage return, NUL, backspace, form feed and quote escaped; bool as 1/0; numbers invariant; <see cref="DateTimeOffset"/>
    /// as its UTC second <c>yyyy-MM-dd HH:mm:ss</c>; <see cref="DateOnly"/> as <c>yyyy-MM-dd</c>; collections as
    /// <c>[v, 'text', …]</c>; <c>byte[]</c> as Base64 text (the body is UTF-8 text, so binary never travels raw).
    /// </summary>
    /// <exception cref="ArgumentException">The value has no field form (an enum, an object, NaN).</exception>
    public static void Field(StringBuilder line, object? value)
    {
        ArgumentNullException.ThrowIfNull(line);
        switch (value)
        {
            case null:
                line.Append(@"\N");
                break;
            case string s:
                Escape(line, s);
                break;
            case byte[] bytes:
                line.Append(Convert.ToBase64String(bytes));
                break;
            case DateTimeOffset t:
                line.Append(t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                break;
            case DateOnly day:
                line.Append(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case IEnumerable items:
                line.Append('[');
                var first = true;
                foreach (var item in items)
                {
                    line.Append(first ? string.Empty : ",");
                    first = false;
                    var inner = new StringBuilder();
                    Field(inner, item);
                    line.Append(item is string or Guid ? $"'{inner}'" : inner.ToString());
                }

                line.Append(']');
                break;
            case bool or sbyte or byte or short or ushort or int or uint or long or ulong or decimal or double or float or Guid or char:
                var literal = ClickHouseSql.Literal(value);
                line.Append(value is decimal d ? d.ToString(CultureInfo.InvariantCulture) : value is Guid or char ? value.ToString() : literal);
                break;
            default:
                throw new ArgumentException($"A {value.GetType().Name} has no TabSeparated form.", nameof(value));
        }
    }

    /// <inheritdoc />
    public void Dispose() => http.Dispose();

    private static void Escape(StringBuilder line, string text)
    {
        foreach (var c in text)
        {
            line.Append(c switch
            {
                '\\' => @"\\",
                '\t' => @"\t",
                '\n' => @"\n",
                '\r' => @"\r",
                '\0' => @"\0",
                '\b' => @"\b",
                '\f' => @"\f",
                '\'' => @"\'",
                _ => null,
            } ?? c.ToString());
        }
    }

    // A TabSeparated row's fields, unescaped; \N alone is NULL.
    private static string?[] Split(string line)
    {
        var fields = new List<string?>();
        var field = new StringBuilder();
        var escapedNull = false;
        for (var i = 0; i <= line.Length; i++)
        {
            if (i == line.Length || line[i] == '\t')
            {
                fields.Add(escapedNull && field.Length == 0 ? null : field.ToString());
                field.Clear();
                escapedNull = false;
                continue;
            }

            if (line[i] == '\\' && i + 1 < line.Length)
            {
                var next = line[++i];
                if (next == 'N' && field.Length == 0 && (i + 1 == line.Length || line[i + 1] == '\t'))
                {
                    escapedNull = true;
                    continue;
                }

                field.Append(next switch { 't' => '\t', 'n' => '\n', 'r' => '\r', '0' => '\0', 'b' => '\b', 'f' => '\f', 'a' => '\a', 'v' => '\v', _ => next });
                continue;
            }

            field.Append(line[i]);
        }

        return [.. fields];
    }

    private HttpRequestMessage Request(string? query, HttpContent content)
    {
        var url = $"?database={Uri.EscapeDataString(database)}&enable_http_compression=1&insert_distributed_sync=1&max_query_size=104857600{(query is null ? string.Empty : $"&query={Uri.EscapeDataString(query)}")}";
        return new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
    }

    private static async Task ThrowIfFailedAsync(HttpResponseMessage response, string sql, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw ClickHouseException.From(text.Length > 0 ? text : $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}", sql);
        }
    }

    [GeneratedRegex(@"^Code: \d+, e\.displayText\(\) = ", RegexOptions.CultureInvariant)]
    private static partial Regex ServerError();
}

/// <summary>ClickHouse refused a statement: its error code (e.g. 57, table exists; 60, unknown table) and text.</summary>
public sealed partial class ClickHouseException : Exception
{
    /// <summary>A refusal with ClickHouse's <paramref name="code"/> and <paramref name="message"/>.</summary>
    public ClickHouseException(int code, string message)
        : base(message) => Code = code;

    /// <summary>An empty refusal.</summary>
    public ClickHouseException()
    {
    }

    /// <summary>A refusal with <paramref name="message"/>.</summary>
    public ClickHouseException(string message)
        : base(message)
    {
    }

    /// <summary>A refusal with <paramref name="message"/> caused by <paramref name="innerException"/>.</summary>
    public ClickHouseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>ClickHouse's error code, or 0 when the answer had none.</summary>
    public int Code { get; }

    /// <summary>The exception of a server's answer <paramref name="text"/> to <paramref name="sql"/> (its first 300 characters are kept).</summary>
    public static ClickHouseException From(string text, string sql)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sql);
        var match = Answer().Match(text);
        var code = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var message = match.Success ? match.Groups[2].Value : text.Trim();
        var statement = sql.Length > 300 ? sql[..300] + "…" : sql;
        return new ClickHouseException(code, $"ClickHouse refused the statement (code {code}): {message.Trim()}\n{statement}");
    }

    [GeneratedRegex(@"Code: (\d+), e\.displayText\(\) = (?:DB::Exception: )?(.*?)(?:, e\.what\(\) = .*)?$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Answer();
}
