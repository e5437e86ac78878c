namespace Payoff.Core.Access;

/// <summary>What an API key may do in its workspace.</summary>
public enum ApiKeyScope
{
    /// <summary>Read reports and lists.</summary>
    Read,

    /// <summary>Read, and write: send events server-to-server (backdated, with IP and user agent), create links.</summary>
    Write,
}
