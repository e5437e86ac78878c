namespace Payoff.Core.Links;

/// <summary>A tracked short link: <c>/l/{Slug}</c> redirects to <see cref="Destination"/> with <see cref="Tags"/>.</summary>
/// <param name="Id">The link's id.</param>
/// <param name="Slug">The short name.</param>
/// <param name="Destination">The validated destination, without the tags.</param>
/// <param name="Tags">The UTM tags merged into the destination at redirect time.</param>
/// <param name="Enabled">Disabled links answer 404.</param>
/// <param name="CreatedAt">When it was created.</param>
public sealed record TrackedLink(long Id, string Slug, string Destination, LinkTags Tags, bool Enabled, DateTimeOffset CreatedAt)
{
    /// <summary>The name of the query parameter that carries the click reference to the landing page.</summary>
    public const string ClickParameter = "pf_lc";

    /// <summary>The destination with the tags merged in, as the redirect sends it (without a click reference).</summary>
    public string TaggedUrl => Links.TaggedUrl.Build(Destination, Tags);
}
