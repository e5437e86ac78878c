using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using Payoff.Core.Collect;

namespace Payoff.Web.Collect;

/// <summary>
/// The bytes of a spool segment (<c>NNNNNNNNNNNN.spool</c>, version 2): a 16-byte header <c>PAYOFF-SPOOL-v2\n</c>, then
/// records, each framed as its payload's length (4 bytes, little-endian), a CRC-32 (IEEE, little-endian) of those
/// 4 length bytes and the payload, and the payload: the record as UTF-8 JSON (<see cref="SpoolJson"/>, the same JSON
/// as a version-1 line). The rest of the segment is zeros, written before the segment was used.
/// </summary>
/// <remarks>
/// Replay reads records until a zero length (the end of the data) or a frame that does not verify: a length past the
/// end of the file or a CRC that does not match is a record torn by a crash before its <c>fdatasync</c> returned, so
/// it was never acknowledged, and nothing after it is trusted. A frame that verifies but whose JSON is not a record
/// (written by a newer version) is skipped and counted. Version-1 segments (<c>NNNNNNNNNNNN.jsonl</c>, one JSON line per
/// record, written by releases before pre-zeroed segments) are still replayed.
/// </remarks>
internal static class SpoolFormat
{
    /// <summary>The length of the frame before each payload: length and CRC.</summary>
    public const int FrameHeader = 8;

    /// <summary>The largest encoding buffer a thread keeps between requests.</summary>
    private const int MaxKeptBuffer = 1 << 20;

    /// <summary>The first bytes of every version-2 segment.</summary>
    public static ReadOnlySpan<byte> Header => "PAYOFF-SPOOL-v2\n"u8;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? frames;

    [ThreadStatic]
    private static Utf8JsonWriter? json;

    /// <summary>
    /// <paramref name="records"/> framed, ready to be written at any record boundary. Called on the request's thread,
    /// so the writer thread between two syncs only copies bytes.
    /// </summary>
    /// <remarks>
    /// Each record is serialised straight after its frame header in one reused buffer, and the header filled in
    /// after it: the frames are copied once, into the array returned. The JSON leaves <c>&amp;</c>, <c>+</c> and non-ASCII
    /// letters unescaped (the spool is never embedded in a page), which keeps URLs short; a reader reads either form.
    /// </remarks>
    public static byte[] Encode(IReadOnlyList<IngestRecord> records)
    {
        var output = frames ??= new ArrayBufferWriter<byte>(4096);
        var writer = json ??= new Utf8JsonWriter(output, new JsonWriterOptions { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        output.ResetWrittenCount();
        foreach (var record in records)
        {
            var start = output.WrittenCount;
            output.GetSpan(FrameHeader);
            output.Advance(FrameHeader);
            writer.Reset(output);
            JsonSerializer.Serialize(writer, record, SpoolJson.Default.IngestRecord);
            writer.Flush();
            WriteHeader(MemoryMarshal.AsMemory(output.WrittenMemory).Span[start..]);
        }

        var encoded = output.WrittenSpan.ToArray();
        if (output.Capacity > MaxKeptBuffer)
        {
            // A rare large batch does not pin its buffer to the thread for good.
            frames = null;
            json = null;
        }

        return encoded;
    }

    /// <summary>Fills in the length and CRC of the frame whose payload follows its header in <paramref name="frame"/>.</summary>
    private static void WriteHeader(Span<byte> frame)
    {
        var length = frame.Length - FrameHeader;
        BinaryPrimitives.WriteUInt32LittleEndian(frame, (uint)length);
        BinaryPrimitives.WriteUInt32LittleEndian(frame[4..], Checksum(frame[..4], frame[FrameHeader..]));
    }

    /// <summary>Reads a segment of either version; torn, foreign or unreadable records are counted, not returned.</summary>
    public static (List<IngestRecord> Records, int Skipped) Read(string path) =>
        path.EndsWith(".jsonl", StringComparison.Ordinal) ? ReadLines(path) : ReadFrames(File.ReadAllBytes(path));

    /// <summary>Reads the records of a version-2 segment's bytes.</summary>
    public static (List<IngestRecord> Records, int Skipped) ReadFrames(ReadOnlySpan<byte> data)
    {
        var records = new List<IngestRecord>();
        if (!data.StartsWith(Header))
        {
            // A segment whose creation was cut short never held a record; anything else here is not ours.
            return (records, data.ContainsAnyExcept((byte)0) ? 1 : 0);
        }

        var skipped = 0;
        var position = Header.Length;
        while (data.Length - position >= FrameHeader)
        {
            var frame = data[position..];
            var length = BinaryPrimitives.ReadUInt32LittleEndian(frame);
            if (length == 0)
            {
                // The zeros after the data; a frame header that is not all zeros is the start of a torn record.
                return (records, skipped + (BinaryPrimitives.ReadUInt32LittleEndian(frame[4..]) == 0 ? 0 : 1));
            }

            if (length > frame.Length - FrameHeader || BinaryPrimitives.ReadUInt32LittleEndian(frame[4..]) != Checksum(frame[..4], frame.Slice(FrameHeader, (int)length)))
            {
                return (records, skipped + 1);
            }

            if (TryRead(frame.Slice(FrameHeader, (int)length)) is { } record)
            {
                records.Add(record);
            }
            else
            {
                skipped++;
            }

            position += FrameHeader + (int)length;
        }

        return (records, skipped);
    }

    private static uint Checksum(ReadOnlySpan<byte> length, ReadOnlySpan<byte> body)
    {
        var crc = new Crc32();
        crc.Append(length);
        crc.Append(body);
        return crc.GetCurrentHashAsUInt32();
    }

    private static IngestRecord? TryRead(ReadOnlySpan<byte> body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, SpoolJson.Default.IngestRecord);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static (List<IngestRecord> Records, int Skipped) ReadLines(string path)
    {
        var records = new List<IngestRecord>();
        var skipped = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (SpoolJson.TryRead(line) is { } record)
            {
                records.Add(record);
            }
            else
            {
                skipped++;
            }
        }

        return (records, skipped);
    }
}
