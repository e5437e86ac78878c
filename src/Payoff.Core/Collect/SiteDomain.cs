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

        try
        {
            return new IdnMapping().GetAscii(HostName.WithoutWww(host));
        }
        catch (ArgumentException)
        {
            error = $"'{text}' is not a valid domain name.";
            return null;
        }
    }
}
