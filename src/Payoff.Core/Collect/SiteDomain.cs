using System.Globalization;
using Payoff.Core.Tracking;

namespace Payoff.Core.Collect;

/// <summary>The registered form of a site's domain: lower case, punycode, without scheme, path or <c>www.</c>.</summary>
public static class SiteDomain
{
    /// <summary>The domain of <paramref name="text"/> (example.com, https://www.example.com/shop), or null with the reason.</summary>
    public static string? Normalize(string? text, out string? error)
    {
        error = null;
        var trimmed = (text ?? string.Empty).Trim();
        var host = trimmed.Length == 0 ? null : HostName.Of(trimmed.Contains("://", StringComparison.Ordinal) ? trimmed : "https://" + trimmed);
        if (host is null || host.Length > 253)
        {
            error = $"'{text}' is not a domain (example.com).";
            return null;
        }

        string ascii;
        try
        {
            ascii = new IdnMapping().GetAscii(HostName.WithoutWww(host));
        }
        catch (ArgumentException)
        {
            error = $"'{text}' is not a valid domain name.";
            return null;
        }

        if (!IsHostName(ascii))
        {
            error = $"'{text}' is not a valid host name: give a domain such as example.com or shop.example.org (letters, digits and hyphens, with a dot; no address, port, path or other characters).";
            return null;
        }

        return ascii;
    }

    /// <summary>
    /// True for a DNS host name as RFC 1123 allows it: at least two labels of 1 to 63 letters, digits
    /// and hyphens, none starting or ending with a hyphen, and a top-level label that is not all digits
    /// (so no IP address).
    /// </summary>
    public static bool IsHostName(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var labels = host.Split('.');
        return host.Length <= 253 && labels.Length >= 2
            && labels.All(l => l.Length is >= 1 and <= 63 && l[0] != '-' && l[^1] != '-' && l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            && !labels[^1].All(char.IsAsciiDigit);
    }
}
