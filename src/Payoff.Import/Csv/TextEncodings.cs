using System.Text;

namespace Payoff.Import.Csv;

/// <summary>The encodings <c>--encoding</c> accepts, by name.</summary>
/// <remarks>
/// UTF-8 and UTF-16 are detected by themselves (BOM, byte patterns); the legacy Windows and ISO code
/// pages of localised exports cannot be told apart from the bytes, so they are named. Decoding is
/// strict: a byte that the encoding does not define is an error, never a silent replacement.
/// </remarks>
public static class TextEncodings
{
    /// <summary>
    /// How to name a file's encoding, as the CLI says it (the end of "Save it as UTF-8 CSV…"): the one spelling a
    /// page finds and says in its own words.
    /// </summary>
    public const string Hint = ", or name its encoding with --encoding windows-1250 (Polish and Central European exports) or --encoding windows-1252 (Western European)";

    /// <summary>The names accepted.</summary>
    public static readonly IReadOnlyList<string> Names = ["utf-8", "utf-16le", "utf-16be", "windows-1250", "windows-1252", "iso-8859-1", "iso-8859-2"];

    /// <summary>The encoding called <paramref name="name"/>, or null when it is not one of <see cref="Names"/>.</summary>
    public static Encoding? Find(string? name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return name?.Trim().ToLowerInvariant() switch
        {
            "utf-8" or "utf8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true),
            "utf-16le" or "utf-16" or "unicode" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true),
            "utf-16be" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true),
            "windows-1250" or "cp1250" => Strict(1250),
            "windows-1252" or "cp1252" => Strict(1252),
            "iso-8859-1" or "latin1" => Strict(28591),
            "iso-8859-2" or "latin2" => Strict(28592),
            _ => null,
        };
    }

    private static Encoding Strict(int codePage) => Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
}
