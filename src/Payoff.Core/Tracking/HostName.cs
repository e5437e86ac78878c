namespace Payoff.Core.Tracking;

/// <summary>Host-name helpers shared by the channel and network rules.</summary>
public static class HostName
{
    /// <summary>
    /// The lower-cased host of an absolute URL or a bare host (<c>www.</c> kept), or <see langword="null"/>
    /// when <paramref name="value"/> has none. Android app referrers (<c>android-app://com.linkedin.android/</c>)
    /// yield their package name.
    /// </summary>
    public static string? Of(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        var rest = scheme >= 0 ? text[(scheme + 3)..] : text;
        var end = rest.IndexOfAny(['/', '?', '#', '\\']);
        var authority = end >= 0 ? rest[..end] : rest;
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            authority = authority[(at + 1)..];
        }

        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']', StringComparison.Ordinal);
            return close > 0 ? authority[..(close + 1)].ToLowerInvariant() : null;
        }

        var colon = authority.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            authority = authority[..colon];
        }

        authority = authority.TrimEnd('.').ToLowerInvariant();
        return authority.Length == 0 || authority.Contains(' ', StringComparison.Ordinal) ? null : authority;
    }

    /// <summary>The host without a leading <c>www.</c> (or <c>www2.</c>, <c>m.</c> is kept).</summary>
    public static string WithoutWww(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            return host[4..];
        }

        return host.StartsWith("www2.", StringComparison.Ordinal) ? host[5..] : host;
    }

    /// <summary>
    /// True when <paramref name="host"/> is <paramref name="domain"/> or one of its subdomains
    /// (label boundary: <c>box.com</c> is not under <c>x.com</c>).
    /// </summary>
    public static bool IsUnder(string host, string domain)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(domain);
        return host.Length == domain.Length
            ? host.Equals(domain, StringComparison.Ordinal)
            : host.Length > domain.Length && host.EndsWith(domain, StringComparison.Ordinal) && host[host.Length - domain.Length - 1] == '.';
    }

    /// <summary>
    /// The host and its parent domains from the most specific down to two labels:
    /// <c>a.b.example.com</c> gives <c>a.b.example.com</c>, <c>b.example.com</c>, <c>example.com</c>.
    /// </summary>
    public static IEnumerable<string> SelfAndParents(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var current = host;
        while (true)
        {
            yield return current;
            var dot = current.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0 || current.IndexOf('.', dot + 1) < 0)
            {
                yield break;
            }

            current = current[(dot + 1)..];
        }
    }
}
