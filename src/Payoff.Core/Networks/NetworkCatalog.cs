using System.Reflection;
using Payoff.Core.Tracking;

namespace Payoff.Core.Networks;

/// <summary>
/// Knows every social network Payoff recognises, by referrer host and by <c>utm_source</c> value.
/// </summary>
/// <remarks>
/// Built from Matomo's CC0 list of 91 social networks (see <c>Networks/NOTICE.md</c>) plus
/// <see cref="NetworkAliases"/>: short source names (<c>fb</c>, <c>ig</c>, <c>li</c>, <c>tw</c>, <c>x</c>,
/// <c>yt</c>, …) and redirect or shortener hosts (<c>t.co</c>, <c>lnkd.in</c>, <c>l.facebook.com</c>, …).
/// Host matching is by label boundary: a host matches a listed domain or any subdomain of it.
/// Source matching is case-insensitive and also accepts host-like values and URLs.
/// </remarks>
public sealed class NetworkCatalog
{
    private readonly Dictionary<string, string> _hosts;
    private readonly Dictionary<string, string> _aliases;

    private NetworkCatalog(Dictionary<string, string> hosts, Dictionary<string, string> aliases, IReadOnlyList<string> networks)
    {
        _hosts = hosts;
        _aliases = aliases;
        Networks = networks;
    }

    /// <summary>The catalog built from the embedded list; built once, immutable and thread-safe.</summary>
    public static NetworkCatalog Default { get; } = Build();

    /// <summary>The display names of every known network, sorted.</summary>
    public IReadOnlyList<string> Networks { get; }

    /// <summary>Every known host with the network it belongs to.</summary>
    public IReadOnlyDictionary<string, string> Hosts => _hosts;

    /// <summary>Every known <c>utm_source</c> alias (lower case) with its network.</summary>
    public IReadOnlyDictionary<string, string> Aliases => _aliases;

    /// <summary>The network a referrer host belongs to, or <see langword="null"/>.</summary>
    public string? FromHost(string? host)
    {
        if (string.IsNullOrEmpty(host))
        {
            return null;
        }

        foreach (var candidate in HostName.SelfAndParents(host))
        {
            if (_hosts.TryGetValue(candidate, out var network))
            {
                return network;
            }
        }

        return null;
    }

    /// <summary>
    /// The network a <c>utm_source</c> value names, or <see langword="null"/>. Accepts aliases
    /// (<c>FB</c>, <c>linkedin</c>), hosts (<c>m.facebook.com</c>), URLs, and the common
    /// <c>-ads</c>/<c>_paid</c>/<c>_organic</c> suffixes (<c>linkedin_ads</c>).
    /// </summary>
    public string? FromSource(string? source)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return null;
        }

        var value = source.Trim().ToLowerInvariant();
        if (_aliases.TryGetValue(value, out var network))
        {
            return network;
        }

        if (value.Contains('.', StringComparison.Ordinal))
        {
            var byHost = FromHost(HostName.Of(value));
            if (byHost is not null)
            {
                return byHost;
            }
        }

        foreach (var suffix in NetworkAliases.SourceSuffixes)
        {
            if (value.Length > suffix.Length && value.EndsWith(suffix, StringComparison.Ordinal)
                && _aliases.TryGetValue(value[..^suffix.Length], out network))
            {
                return network;
            }
        }

        return null;
    }

    /// <summary>The canonical display name for a network name in any case (<c>linkedin</c> → <c>LinkedIn</c>).</summary>
    public string? Canonical(string? name) => FromSource(name);

    /// <summary>Whether <paramref name="name"/> is a social network's own name (in any case), not a channel such as <c>Organic Search</c>.</summary>
    public bool IsNetwork(string? name) => Canonical(name) is { } canonical && string.Equals(canonical, name, StringComparison.OrdinalIgnoreCase);

    private static NetworkCatalog Build()
    {
        var hosts = new Dictionary<string, string>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (listed, listedHosts) in ReadMatomoList())
        {
            var name = NetworkAliases.DisplayName(listed);
            aliases.TryAdd(name.ToLowerInvariant(), name);
            aliases.TryAdd(listed.ToLowerInvariant(), name);
            foreach (var host in listedHosts)
            {
                hosts.TryAdd(host, name);
            }
        }

        foreach (var (host, name) in NetworkAliases.ExtraHosts)
        {
            hosts[host] = name;
        }

        foreach (var (alias, name) in NetworkAliases.SourceAliases)
        {
            aliases[alias] = name;
        }

        foreach (var name in hosts.Values.Distinct())
        {
            aliases.TryAdd(name.ToLowerInvariant(), name);
        }

        var networks = hosts.Values.Concat(aliases.Values).Distinct(StringComparer.Ordinal).Order(StringComparer.OrdinalIgnoreCase).ToList();
        return new NetworkCatalog(hosts, aliases, networks);
    }

    /// <summary>Reads the embedded <c>matomo-socials.yml</c>: <c>Name:</c> lines followed by <c>  - host</c> lines.</summary>
    internal static IReadOnlyList<(string Name, IReadOnlyList<string> Hosts)> ReadMatomoList()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Payoff.Core.Networks.matomo-socials.yml")
            ?? throw new InvalidOperationException("The embedded social network list is missing from Payoff.Core.");
        using var reader = new StreamReader(stream);
        var result = new List<(string, IReadOnlyList<string>)>();
        string? name = null;
        var hosts = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            if (trimmed.StartsWith("- ", StringComparison.Ordinal))
            {
                hosts.Add(trimmed[2..].Trim().Trim('"').ToLowerInvariant());
                continue;
            }

            if (name is not null)
            {
                result.Add((name, hosts));
            }

            name = QueryString.Decode(trimmed.TrimEnd(':').Trim('"'));
            hosts = [];
        }

        if (name is not null)
        {
            result.Add((name, hosts));
        }

        return result;
    }
}
