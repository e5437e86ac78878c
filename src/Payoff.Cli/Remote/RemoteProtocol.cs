using System.Buffers.Binary;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Payoff.Cli.Remote;

/// <summary>The terminal a forwarded command prints for, so the server renders exactly what the client would.</summary>
/// <param name="Width">Columns.</param>
/// <param name="Height">Rows.</param>
/// <param name="Ansi">Whether escape codes are written.</param>
/// <param name="ColorSystem">Spectre's colour system name (NoColors, Legacy, Standard, EightBit, TrueColor).</param>
/// <param name="Unicode">Whether box-drawing characters are used.</param>
/// <param name="Links">Whether terminal hyperlinks are written.</param>
public sealed record RemoteTerminal(int Width, int Height, bool Ansi, string ColorSystem, bool Unicode, bool Links);

/// <summary>A file the command reads (an import), sent as content after the request header.</summary>
/// <param name="Argument">Its index in <see cref="RemoteRequest.Args"/> (the path as typed).</param>
/// <param name="Name">Its file name (imports record and print it).</param>
/// <param name="Length">Its size in bytes: exactly that many bytes follow in the stream, in the order of the list.</param>
public sealed record RemoteFile(int Argument, string Name, long Length);

/// <summary>One CLI invocation forwarded to <c>payoff serve</c>.</summary>
/// <param name="Args">The command line as typed (paths the command writes made absolute).</param>
/// <param name="Environment">The client's <c>PAYOFF_*</c>, <c>NO_COLOR</c>, <c>COLUMNS</c> and <c>TERM</c> variables.</param>
/// <param name="Terminal">The client's terminal.</param>
/// <param name="Files">The files whose content follows the header.</param>
public sealed record RemoteRequest(string[] Args, Dictionary<string, string?> Environment, RemoteTerminal Terminal, List<RemoteFile> Files);

/// <summary>What the forwarded command printed, and its exit code.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Out">Standard output (tables, messages, JSON, CSV, in the order written).</param>
/// <param name="Error">Standard error.</param>
public sealed record RemoteResponse(int ExitCode, string Out, string Error);

/// <summary>
/// The framing of the local socket: each message is a 4-byte big-endian length and that many bytes of UTF-8
/// JSON (camelCase); a request header is followed by the raw content of its <see cref="RemoteRequest.Files"/>.
/// One request and one response per connection.
/// </summary>
public static class RemoteProtocol
{
    /// <summary>The largest JSON message accepted (64 MiB: a report's output; file contents travel outside it).</summary>
    public const int MaxMessageBytes = 64 << 20;

    // Source-generated (RemoteJson): no reflection, so the protocol also works in a Native AOT build.
    private static readonly JsonSerializerOptions Options = RemoteJson.Default.Options;

    /// <summary>Writes one message.</summary>
    public static async Task WriteAsync<T>(Stream stream, T message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var body = JsonSerializer.SerializeToUtf8Bytes(message, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T)));
        var header = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(header, body.Length);
        await stream.WriteAsync(header, cancellationToken);
        await stream.WriteAsync(body, cancellationToken);
    }

    /// <summary>Reads one message; null when the stream ended before it (a probe that only connected).</summary>
    /// <exception cref="InvalidDataException">The length is negative or above <see cref="MaxMessageBytes"/>, or the stream ended inside the message.</exception>
    public static async Task<T?> ReadAsync<T>(Stream stream, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(stream);
        var header = new byte[4];
        var first = await stream.ReadAtLeastAsync(header, 4, throwOnEndOfStream: false, cancellationToken);
        if (first == 0)
        {
            return null;
        }

        if (first < 4)
        {
            throw new InvalidDataException("The connection ended inside a message header.");
        }

        var length = BinaryPrimitives.ReadInt32BigEndian(header);
        if (length is < 0 or > MaxMessageBytes)
        {
            throw new InvalidDataException($"A message of {length} bytes is outside 0..{MaxMessageBytes}.");
        }

        var body = new byte[length];
        await stream.ReadExactlyAsync(body, cancellationToken);
        return JsonSerializer.Deserialize(body, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T))) ?? throw new InvalidDataException("An empty message.");
    }
}

/// <summary>The serializer of the protocol's messages (camelCase, as <see cref="JsonSerializerDefaults.Web"/>).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(RemoteRequest))]
[JsonSerializable(typeof(RemoteResponse))]
internal sealed partial class RemoteJson : JsonSerializerContext;
