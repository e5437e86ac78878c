namespace Payoff.Core.Links;

/// <summary>What a user asks for when creating a tracked link (CLI options or API body).</summary>
/// <param name="To">The destination URL.</param>
/// <param name="Source">utm_source; defaults to the network's name when <paramref name="Network"/> is given.</param>
/// <param name="Medium">utm_medium; defaults to <c>social</c> when <paramref name="Network"/> is given.</param>
/// <param name="Campaign">utm_campaign.</param>
/// <param name="Content">utm_content (the post or creative).</param>
/// <param name="Term">utm_term.</param>
/// <param name="Slug">The short name; random when omitted.</param>
/// <param name="Network">The social network the link is for (facebook, linkedin, x…).</param>
/// <param name="AnyDomain">Allow a destination outside the workspace's sites.</param>
/// <param name="AllowPrivateHosts">Allow private and local destinations.</param>
public sealed record LinkRequest(
    string? To,
    string? Source,
    string? Medium,
    string? Campaign,
    string? Content = null,
    string? Term = null,
    string? Slug = null,
    string? Network = null,
    bool AnyDomain = false,
    bool AllowPrivateHosts = false);
