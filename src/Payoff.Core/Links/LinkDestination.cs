using System.Net;
using System.Net.Sockets;

namespace Payoff.Core.Links;

/// <summary>Validates and normalises the destination of a tracked link.</summary>
/// <remarks>
/// Only absolute <c>http</c>/<c>https</c> URLs up to <see cref="MaxLength"/> characters are accepted:
/// no control characters or encoded line breaks (header injection), no backslashes or user info
/// (<c>https://evil.com\@good.com</c>), no private, loopback, link-local or metadata addresses in any
/// spelling (<c>127.1</c>, <c>0x7f000001</c>, <c>[::ffff:127.0.0.1]</c>) unless the policy allows them.
/// International hosts are stored in punycode, so what is shown is where the link goes.
/// </remarks>
public static class LinkDestination
{
    /// <summary>How a site is registered, as the CLI says it ("with 'payoff site add'"): the one spelling a page finds and says in its own words.</summary>
    public const string AddSiteHint = "with 'payoff site add'";

    /// <summary>The longest destination accepted, in characters.</summary>
    public const int MaxLength = 2048;

    /// <summary>Checks <paramref name="text"/>; the normalised absolute URL on success, else the reason.</summary>
    public static LinkCheck Check(string? text, LinkPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (string.IsNullOrWhiteSpace(text))
        {
            return LinkCheck.Fail("The destination is empty.");
        }

        var url = text.Trim();
        if (url.Length > MaxLength)
        {
            return LinkCheck.Fail($"The destination is {url.Length} characters long; the limit is {MaxLength}.");
        }

        if (url.Any(c => char.IsControl(c) || c == ' '))
        {
            return LinkCheck.Fail("The destination contains a space or a control character (CR, LF, tab); encode it.");
        }

        if (url.Contains("%0d", StringComparison.OrdinalIgnoreCase) || url.Contains("%0a", StringComparison.OrdinalIgnoreCase) || url.Contains("%00", StringComparison.Ordinal))
        {
            return LinkCheck.Fail("The destination contains an encoded line break or NUL (%0d, %0a, %00).");
        }

        if (url.Contains('\\', StringComparison.Ordinal))
        {
            return LinkCheck.Fail("The destination contains a backslash, which browsers read as '/'; it could hide the real host.");
        }

        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var scheme = colon > 0 ? url[..colon].ToLowerInvariant() : string.Empty;
        if (scheme is not ("http" or "https"))
        {
            return LinkCheck.Fail(colon > 0
                ? $"Only http and https destinations are allowed, not '{scheme}:'."
                : "The destination must be an absolute http or https URL (https://example.com/page).");
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return LinkCheck.Fail("The destination is not a valid URL.");
        }

        if (uri.UserInfo.Length > 0)
        {
            return LinkCheck.Fail("The destination has a user name before '@', which hides the real host.");
        }

        var host = uri.IdnHost.TrimEnd('.').ToLowerInvariant();
        if (!policy.AllowPrivateHosts && IsPrivate(uri, host))
        {
            return LinkCheck.Fail($"The destination points to a private, local or metadata address ({host}).");
        }

        if (!policy.AnyDomain && policy.AllowedDomains.Count > 0 && !policy.AllowedDomains.Any(d => IsSameOrSubdomain(host, d)))
        {
            return LinkCheck.Fail($"The host {host} is not one of this workspace's sites ({string.Join(", ", policy.AllowedDomains)}); register it {AddSiteHint}, or allow any domain.");
        }

        var warnings = new List<string>();
        if (host.Split('.').Any(label => label.StartsWith("xn--", StringComparison.Ordinal)))
        {
            warnings.Add($"The host is an international name; it is stored and shown as {host}. Check it is the domain you mean.");
        }

        var normalised = new UriBuilder(uri) { Host = host };
        if (uri.IsDefaultPort)
        {
            normalised.Port = -1;
        }

        return LinkCheck.Ok(normalised.Uri.AbsoluteUri, host, warnings);
    }

    /// <summary>Whether <paramref name="host"/> is <paramref name="domain"/> or a subdomain of it.</summary>
    public static bool IsSameOrSubdomain(string host, string domain)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(domain);
        return host.Equals(domain, StringComparison.OrdinalIgnoreCase)
            || host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsPrivate(Uri uri, string host)
    {
        if (host is "localhost" or "metadata" || host.EndsWith(".localhost", StringComparison.Ordinal) || host.EndsWith(".local", StringComparison.Ordinal)
            || host.EndsWith(".internal", StringComparison.Ordinal) || !host.Contains('.', StringComparison.Ordinal) && uri.HostNameType == UriHostNameType.Dns)
        {
            return true;
        }

        if (uri.HostNameType is not (UriHostNameType.IPv4 or UriHostNameType.IPv6) || !IPAddress.TryParse(uri.DnsSafeHost, out var address))
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal;
        }

        var b = address.GetAddressBytes();
        return b[0] is 0 or 10 or 127
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 100 && b[1] >= 64 && b[1] <= 127);
    }
}
