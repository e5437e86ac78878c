using System.Globalization;
using System.Text;
using CsvHelper;

namespace Payoff.Import.Csv;

/// <summary>
/// Reads a CSV file strictly: UTF-8 (with or without BOM) or UTF-16 with a BOM; delimiter <c>,</c>,
/// <c>;</c>, tab or <c>|</c> (detected from the header, or an Excel <c>sep=</c> line); header names
/// trimmed, BOM-stripped and compared case-insensitively with spaces read as underscores.
/// </summary>
/// <remarks>
/// Problems with the file as a whole throw <see cref="ImportFileException"/>; problems with a row's
/// shape (too many fields, bad quoting) are reported through the <c>rowError</c> callback and the row
/// is skipped.
/// </remarks>
public sealed class CsvTable : IRowSource
{
    private static readonly char[] Delimiters = [',', ';', '\t', '|'];

    private CsvTable(string path, IReadOnlyList<string> header, char delimiter, Encoding encoding, int linesBeforeHeader, IReadOnlyList<string> preamble)
    {
        Path = path;
        Header = header;
        Delimiter = delimiter;
        Encoding = encoding;
        LinesBeforeHeader = linesBeforeHeader;
        Preamble = preamble;
        Columns = header.Select((h, i) => (h, i)).GroupBy(x => x.h, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public string? Sheet => null;

    /// <summary>The normalised header names.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Titles { get; private init; } = [];

    /// <summary>Header name → index.</summary>
    public IReadOnlyDictionary<string, int> Columns { get; }

    /// <summary>The delimiter found.</summary>
    public char Delimiter { get; }

    private Encoding Encoding { get; }

    /// <summary>The <c>#</c> comment lines above the header (without the <c>#</c>), as GA4 writes its report name and period.</summary>
    public IReadOnlyList<string> Preamble { get; }

    private int LinesBeforeHeader { get; }

    /// <summary>Called with the share of the file read so far while <see cref="Rows"/> runs.</summary>
    public Action<double>? Progress { get; init; }

    /// <summary>
    /// Opens <paramref name="path"/> with the encoding, size limit and progress callback of
    /// <paramref name="options"/> (see <see cref="Open(string, Encoding?, Func{IReadOnlyList{string}, bool}?, bool)"/>).
    /// </summary>
    public static CsvTable Open(string path, ImportOptions? options, Func<IReadOnlyList<string>, bool>? isHeader = null, bool allowDuplicateNames = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        var max = options?.MaxFileBytes ?? ImportOptions.DefaultMaxFileBytes;
        if (File.Exists(path) && new FileInfo(path).Length is var length && length > max)
        {
            throw new ImportFileException(0, null, string.Create(CultureInfo.InvariantCulture, $"{System.IO.Path.GetFileName(path)} is {length:N0} bytes, over the limit of {max:N0}; nothing was read. Split the export, or raise the limit with --max-size."));
        }

        var table = Open(path, options?.Encoding, isHeader, allowDuplicateNames);
        return options?.Progress is null ? table : new CsvTable(table.Path, table.Header, table.Delimiter, table.Encoding, table.LinesBeforeHeader, table.Preamble) { Progress = options.Progress };
    }

    /// <summary>
    /// Opens <paramref name="path"/> and reads its header, in <paramref name="encoding"/> when given (see
    /// <see cref="TextEncodings"/>), else the detected encoding. With <paramref name="isHeader"/>, up to
    /// ten title lines above the header are kept as the <see cref="Preamble"/>. With
    /// <paramref name="allowDuplicateNames"/> (Facebook's legacy Page Insights export repeats names) the
    /// first column of a name is the one read.
    /// </summary>
    public static CsvTable Open(string path, Encoding? encoding = null, Func<IReadOnlyList<string>, bool>? isHeader = null, bool allowDuplicateNames = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new ImportFileException(0, null, Directory.Exists(path) ? $"{path} is a folder, not a file." : $"{path} does not exist.");
        }

        encoding ??= SniffEncoding(path);
        using var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: false);
        var first = ReadLine(reader, path);
        var before = 0;
        char? delimiter = null;
        if (first is not null && first.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && first.Length == 5)
        {
            before++;
            delimiter = first[4];
            first = ReadLine(reader, path);
        }

        var preamble = new List<string>();
        while (first is not null && (first.StartsWith('#') || (preamble.Count > 0 && first.Trim().Length == 0)))
        {
            preamble.Add(first.TrimStart('#').Trim());
            before++;
            first = ReadLine(reader, path);
        }

        // Some exports put a report name and a date range above the header (Google Ads): with a
        // header test, lines before the first one that passes it become the preamble.
        for (var i = 0; isHeader is not null && first is not null && i < 10; i++)
        {
            var candidate = first;
            var names = SplitHeader(candidate, delimiter ?? Delimiters.OrderByDescending(d => candidate.Count(c => c == d)).First()).Select(Normalize).ToList();
            if (isHeader(names))
            {
                break;
            }

            preamble.Add(first.Trim().Trim('"'));
            before++;
            first = ReadLine(reader, path);
        }

        if (string.IsNullOrWhiteSpace(first))
        {
            throw new ImportFileException(1, null, "The file is empty: the first line must be the header.");
        }

        delimiter ??= Delimiters.OrderByDescending(d => first.Count(c => c == d)).First();
        var header = SplitHeader(first, delimiter.Value).Select(Normalize).ToList();
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i].Length == 0)
            {
                throw new ImportFileException(1, null, string.Create(CultureInfo.InvariantCulture, $"Column {i + 1} of the header has no name."));
            }

            if (!allowDuplicateNames && header.IndexOf(header[i]) != i)
            {
                throw new ImportFileException(1, header[i], $"The header names column '{header[i]}' twice.");
            }
        }

        return new CsvTable(path, header, delimiter.Value, encoding, before, preamble) { Titles = [.. SplitHeader(first, delimiter.Value).Select(Title)] };
    }

    /// <summary>Splits a header line at <paramref name="delimiter"/>, honouring quotes (<c>"Reactions, Comments and Shares"</c> is one name) and doubled quotes.</summary>
    internal static List<string> SplitHeader(string line, char delimiter)
    {
        var names = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                if (quoted && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else
                {
                    quoted = !quoted;
                }
            }
            else if (c == delimiter && !quoted)
            {
                names.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        names.Add(current.ToString());
        return names;
    }

    /// <summary>Normalises a header name: trimmed, BOM, soft hyphens and quotes removed, lower case, spaces and dashes as underscores.</summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Title(name).ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
    }

    /// <summary>A header name as the file writes it, without the BOM, soft hyphens, quotes and surrounding spaces.</summary>
    internal static string Title(string name) => name.Replace("\u00AD", string.Empty, StringComparison.Ordinal).Trim().Trim('\uFEFF').Trim().Trim('"').Trim();

    /// <summary>
    /// The table with the file's columns read under Payoff's names: <paramref name="map"/> gives, for a Payoff column
    /// (<c>message_id</c>), the file's header (<c>Ticket ID</c>, matched as normalised). Errors still name the file's own
    /// header. Columns the map does not name keep their names.
    /// </summary>
    /// <exception cref="ImportFileException">The map names a column the file does not have, or two Payoff columns for one file column.</exception>
    public CsvTable Mapped(IReadOnlyDictionary<string, string> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var header = Header.ToList();
        var taken = new HashSet<int>();
        foreach (var (payoff, file) in map)
        {
            var index = header.IndexOf(Normalize(file));
            if (index < 0 || !taken.Add(index))
            {
                throw new ImportFileException(1, file, index < 0
                    ? $"The column mapping names '{file}' for {payoff}, but the file has no such column. Its columns: {string.Join(", ", Titles.Count == Header.Count ? Titles : Header)}."
                    : $"The column mapping names '{file}' twice; each file column can be one Payoff column.");
            }
        }

        foreach (var (payoff, file) in map)
        {
            var index = Header.ToList().IndexOf(Normalize(file));
            for (var i = 0; i < header.Count; i++)
            {
                if (i != index && header[i] == Normalize(payoff) && !taken.Contains(i))
                {
                    header[i] = string.Empty; // the file's own column of that name gives way to the mapped one
                }
            }

            header[index] = Normalize(payoff);
        }

        return new CsvTable(Path, header, Delimiter, Encoding, LinesBeforeHeader, Preamble) { Titles = Titles, Progress = Progress };
    }

    /// <summary>Fails when the header lacks a required column or has one not in <paramref name="known"/>.</summary>
    public void RequireColumns(IReadOnlyCollection<string> required, IReadOnlyCollection<string> known)
    {
        ArgumentNullException.ThrowIfNull(required);
        ArgumentNullException.ThrowIfNull(known);
        foreach (var column in Header)
        {
            if (!known.Contains(column))
            {
                throw new ImportFileException(1, column, $"Unknown column '{column}' (column {IndexOf(column)}). Expected columns: {string.Join(", ", known)}.");
            }
        }

        var missing = required.Where(r => !Columns.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            throw new ImportFileException(1, missing[0], $"Missing column{(missing.Count > 1 ? "s" : string.Empty)} {string.Join(", ", missing.Select(m => $"'{m}'"))}. The header must have: {string.Join(", ", required)}.");
        }
    }

    /// <summary>The data rows, in order. A row whose shape is wrong is reported to <paramref name="rowError"/> and skipped.</summary>
    public IEnumerable<CsvRow> Rows(Action<long, string> rowError)
    {
        ArgumentNullException.ThrowIfNull(rowError);
        using var stream = new StreamReader(Path, Encoding, detectEncodingFromByteOrderMarks: false);
        for (var i = 0; i < LinesBeforeHeader; i++)
        {
            stream.ReadLine();
        }

        // Records are counted here, not by the parser: a skipped malformed record still takes a row
        // number. Lines above the header (sep=, # comments) count, so rows are numbered as in the file.
        var record = (long)LinesBeforeHeader;
        var options = new CsvReaderOptions
        {
            Separator = Delimiter,
            HasHeader = false,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            SkipEmptyLines = true,
            DetectSeparatorHint = false,
            OnMalformedRecord = bad =>
            {
                record++;
                rowError(record, string.Create(CultureInfo.InvariantCulture, $"Row {record} cannot be read as CSV: {Describe(bad.Reason)}."));
            },
        };
        using var csv = CsvReader.Create(stream, options, leaveOpen: false);
        var headerRecords = LinesBeforeHeader + 1;
        while (true)
        {
            bool more;
            try
            {
                more = csv.Read();
            }
            catch (DecoderFallbackException)
            {
                // The parser reads ahead in blocks: find the exact line to name (UTF-8), else name the record.
                if (Encoding is UTF8Encoding)
                {
                    ValidateUtf8(Path);
                }

                throw new ImportFileException(record + 1, null, string.Create(CultureInfo.InvariantCulture, $"Row {record + 1} is not valid {Encoding.WebName} text. Save the file as UTF-8 CSV."));
            }

            if (!more)
            {
                yield break;
            }

            record++;
            if (record <= headerRecords)
            {
                continue;
            }

            if (Progress is not null && (record & 0x1FFF) == 0)
            {
                Progress(stream.BaseStream.Position / (double)Math.Max(1, stream.BaseStream.Length));
            }

            var fields = Enumerable.Range(0, csv.FieldCount).Select(csv.GetString).ToList();
            if (fields.Count > Header.Count && fields.Skip(Header.Count).Any(f => f.Trim().Length > 0))
            {
                rowError(record, string.Create(CultureInfo.InvariantCulture, $"Row {record} has {fields.Count} fields but the header has {Header.Count}."));
                continue;
            }

            if (fields.Any(f => f.Contains('\0', StringComparison.Ordinal)))
            {
                rowError(record, string.Create(CultureInfo.InvariantCulture, $"Row {record} contains a NUL character."));
                continue;
            }

            yield return new CsvRow(record, fields.Select(f => f.Trim()).ToList(), Columns);
        }
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed",
        CsvMalformedReason.TextAfterClosingQuote => "there is text after a closing quote",
        _ => reason.ToString(),
    };

    private int IndexOf(string column) => Columns[column] + 1;

    private static string? ReadLine(StreamReader reader, string path)
    {
        try
        {
            return reader.ReadLine();
        }
        catch (DecoderFallbackException)
        {
            if (reader.CurrentEncoding is UTF8Encoding)
            {
                ValidateUtf8(path);
            }

            throw new ImportFileException(1, null, $"{path} is not UTF-8 or UTF-16 text. Save it as UTF-8 CSV{TextEncodings.Hint}.");
        }
    }

    private static Encoding SniffEncoding(string path)
    {
        Span<byte> head = stackalloc byte[4];
        int read;
        using (var file = File.OpenRead(path))
        {
            read = file.Read(head);
        }

        var bytes = head[..read];
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true);
        }

        if (bytes.StartsWith("PK"u8))
        {
            throw new ImportFileException(0, null, $"{path} is a ZIP or XLSX file, not CSV. Export or save it as CSV.");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            throw new ImportFileException(0, null, $"{path} is gzip-compressed. Decompress it first.");
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            throw new ImportFileException(0, null, $"{path} is a binary file, not CSV text.");
        }

        // Decoding is strict: a byte that is not UTF-8 stops the read, and ValidateUtf8 then names its line.
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    }

    /// <summary>Finds the first line that is not UTF-8 and throws naming it (the parser reads ahead in blocks, so its position is not the line's).</summary>
    private static void ValidateUtf8(string path)
    {
        using var file = File.OpenRead(path);
        var buffer = new byte[1 << 16];
        var carry = new List<byte>();
        var line = 1L;
        int read;
        while ((read = file.Read(buffer)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)'\n')
                {
                    continue;
                }

                Check(carry.Count == 0 ? buffer.AsSpan(start, i - start) : [.. carry, .. buffer.AsSpan(start, i - start)], line);
                carry.Clear();
                start = i + 1;
                line++;
            }

            carry.AddRange(buffer.AsSpan(start, read - start));
        }

        Check([.. carry], line);

        static void Check(ReadOnlySpan<byte> bytes, long line)
        {
            if (!System.Text.Unicode.Utf8.IsValid(bytes))
            {
                throw new ImportFileException(line, null, string.Create(CultureInfo.InvariantCulture, $"Line {line} is not valid UTF-8 text (the file may be Windows-1250/1252 or ISO-8859-2). Save it as UTF-8 CSV{TextEncodings.Hint}."));
            }
        }
    }
}
