using System.Text;

namespace Payoff.Core.Tracking;

/// <summary>
/// Reads query parameters the way browsers' <c>URLSearchParams.get</c> does, with the parameter names
/// matched case-insensitively.
/// </summary>
public static class QueryString
{
    /// <summary>
    /// Parses the query of <paramref name="url"/> (the part after the first <c>?</c> and before any
    /// <c>#</c>) into a map from lower-cased parameter name to its first value.
    /// </summary>
    /// <remarks>
    /// <c>+</c> is read as a space, percent escapes are decoded as UTF-8 (an invalid escape is kept
    /// literally), and values are trimmed. When a name repeats, the first occurrence wins, even if its
    /// value is empty.
    /// </remarks>
    public static IReadOnlyDictionary<string, string> Parse(string? url)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(url))
        {
            return result;
        }

        var start = url.IndexOf('?', StringComparison.Ordinal);
        if (start < 0)
        {
            return result;
        }

        var end = url.IndexOf('#', start);
        var query = end < 0 ? url[(start + 1)..] : url[(start + 1)..end];
        foreach (var pair in query.Split('&'))
        {
            if (pair.Length == 0)
            {
                continue;
            }

            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(eq < 0 ? pair : pair[..eq]).Trim().ToLowerInvariant();
            var value = eq < 0 ? string.Empty : Decode(pair[(eq + 1)..]).Trim();
            result.TryAdd(name, value);
        }

        return result;
    }

    /// <summary>Decodes one <c>application/x-www-form-urlencoded</c> component.</summary>
    public static string Decode(string component)
    {
        ArgumentNullException.ThrowIfNull(component);
        if (component.IndexOfAny(['%', '+']) < 0)
        {
            return component;
        }

        var bytes = new List<byte>(component.Length);
        for (var i = 0; i < component.Length; i++)
        {
            var c = component[i];
            if (c == '+')
            {
                bytes.Add((byte)' ');
            }
            else if (c == '%' && i + 2 < component.Length && IsHex(component[i + 1]) && IsHex(component[i + 2]))
            {
                bytes.Add((byte)((HexValue(component[i + 1]) << 4) | HexValue(component[i + 2])));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
            }
        }

        // Invalid UTF-8 becomes U+FFFD, as URLSearchParams does.
        return Encoding.UTF8.GetString([.. bytes]);
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static int HexValue(char c) => c <= '9' ? c - '0' : (char.ToLowerInvariant(c) - 'a') + 10;
}
