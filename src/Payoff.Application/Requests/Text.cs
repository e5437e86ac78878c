using System.Globalization;

namespace Payoff.Application.Requests;

/// <summary>Untrusted text made safe to quote back in a message.</summary>
public static class Text
{
    /// <summary>
    /// <paramref name="value"/> with every control character (C0, DEL, C1 — a terminal escape, a newline that
    /// would forge a second line) written as <c>\uXXXX</c>; the empty string for null.
    /// </summary>
    public static string Visible(string? value)
    {
        if (string.IsNullOrEmpty(value) || !value.Any(char.IsControl))
        {
            return value ?? string.Empty;
        }

        var text = new System.Text.StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
