namespace Payoff.Core.Links;

/// <summary>Where a workspace's tracked links may point.</summary>
/// <param name="AllowedDomains">
/// The workspace's site domains. When not empty, a destination must be one of them or a subdomain of
/// one, unless <paramref name="AnyDomain"/> is set. <c>good.com.evil.com</c> is not a subdomain of
/// <c>good.com</c>.
/// </param>
/// <param name="AnyDomain">Allow any public host (the owner's explicit choice).</param>
/// <param name="AllowPrivateHosts">Allow loopback, private, link-local and metadata addresses (for intranets; off by default).</param>
public sealed record LinkPolicy(IReadOnlyList<string> AllowedDomains, bool AnyDomain = false, bool AllowPrivateHosts = false)
{
    /// <summary>Any public host.</summary>
    public static LinkPolicy Open { get; } = new([], AnyDomain: true);
}
