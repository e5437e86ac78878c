namespace Payoff.Core.Collect;

/// <summary>A website a workspace tracks with the Payoff script.</summary>
/// <param name="Id">The site's id.</param>
/// <param name="WorkspaceId">The workspace it belongs to.</param>
/// <param name="Domain">The registered domain (lower case, punycode); its subdomains belong to it too.</param>
/// <param name="SiteKey">The public key the script sends; not a secret, it only names the site.</param>
/// <param name="Identity">How visitors are told apart.</param>
/// <param name="HonourDoNotTrack">Whether <c>DNT: 1</c> and <c>Sec-GPC: 1</c> keep a visitor out (off by default; the site opts in).</param>
/// <param name="CreatedAt">When it was registered.</param>
public sealed record Site(long Id, long WorkspaceId, string Domain, string SiteKey, IdentityMode Identity, bool HonourDoNotTrack, DateTimeOffset CreatedAt)
{
    /// <summary>Whether a page on <paramref name="host"/> belongs to this site (the domain or a subdomain, <c>www.</c> included).</summary>
    public bool Owns(string? host) => host is not null && Links.LinkDestination.IsSameOrSubdomain(host, Domain);
}
