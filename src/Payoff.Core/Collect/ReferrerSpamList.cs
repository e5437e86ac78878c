using System.Collections.Frozen;
using Payoff.Core.Tracking;

namespace Payoff.Core.Collect;

/// <summary>
/// Known referrer-spam hosts, from Matomo's community <c>referrer-spam-list</c> (public domain; see
/// <c>Collect/NOTICE.md</c>). A referrer matches when its host is a listed host or a subdomain of one.
/// </summary>
public sealed class ReferrerSpamList
{
    private readonly FrozenSet<string> hosts;

    /// <summary>A list of the given hosts (lower case, without <c>www.</c>).</summary>
    public ReferrerSpamList(IEnumerable<string> hosts) =>
        this.hosts = hosts.Select(h => h.Trim().ToLowerInvariant()).Where(h => h.Length > 0 && !h.StartsWith('#')).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The list embedded in Payoff.</summary>
    public static ReferrerSpamList Default { get; } = Load();

    /// <summary>How many hosts the list holds.</summary>
    public int Count => hosts.Count;

    /// <summary>Whether <paramref name="referrer"/> (a URL or host) is spam.</summary>
    public bool IsSpam(string? referrer)
    {
        var host = HostName.Of(referrer);
        while (host is not null)
        {
            if (hosts.Contains(host))
            {
                return true;
            }

            var dot = host.IndexOf('.', StringComparison.Ordinal);
            host = dot < 0 ? null : host[(dot + 1)..];
        }

        return false;
    }

    private static ReferrerSpamList Load()
    {
        using var stream = typeof(ReferrerSpamList).Assembly.GetManifestResourceStream("Payoff.Core.Collect.referrer-spam.txt")
            ?? throw new InvalidOperationException("The embedded referrer-spam list is missing.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return new ReferrerSpamList(lines);
    }
}
