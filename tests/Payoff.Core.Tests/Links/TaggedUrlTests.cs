using Payoff.Core.Channels;
using Payoff.Core.Links;

namespace Payoff.Core.Tests.Links;

public sealed class TaggedUrlTests
{
    [Fact]
    public void Tags_replace_the_destinations_own_utm_parameters_and_keep_the_rest()
    {
        var tags = new LinkTags("facebook", "social", "Spring Sale", "post 1");
        var url = TaggedUrl.Build("https://good.com/p?utm_source=old&id=7#top", tags, ("pf_lc", "abc"));
        Assert.Equal("https://good.com/p?id=7&utm_source=facebook&utm_medium=social&utm_campaign=Spring%20Sale&utm_content=post%201&pf_lc=abc#top", url);
    }

    [Fact]
    public void Tags_are_trimmed_and_source_and_medium_lower_cased()
    {
        var (tags, error) = LinkTags.Normalize("  Facebook ", "Social", " Spring   Sale ");
        Assert.Null(error);
        Assert.Equal(new LinkTags("facebook", "social", "Spring Sale"), tags);
        Assert.Contains("campaign tag is required", LinkTags.Normalize("fb", "social", " ").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Inconsistent_spelling_and_unassigned_tags_are_warned_about()
    {
        var existing = new[] { new LinkTags("facebook", "social", "spring-sale") };
        var warnings = TagConsistency.Check(new LinkTags("facebook", "social", "Spring Sale"), existing, ChannelClassifier.Default);
        Assert.Contains(warnings, w => w.Contains("written 'spring-sale'", StringComparison.Ordinal));
        var unassigned = TagConsistency.Check(new LinkTags("newsletter-partner", "blast", "x"), [], ChannelClassifier.Default);
        Assert.Contains(unassigned, w => w.Contains("Unassigned", StringComparison.Ordinal));
    }

    [Fact]
    public void A_network_fills_in_source_and_medium_and_a_mismatch_is_warned_about()
    {
        var plan = LinkPlanner.Plan(new LinkRequest("https://good.com/", null, null, "launch", Network: "LinkedIn"), ["good.com"], [], ChannelClassifier.Default);
        Assert.Null(plan.Error);
        Assert.Equal(new LinkTags("linkedin", "social", "launch"), plan.Tags);
        var mismatch = LinkPlanner.Plan(new LinkRequest("https://good.com/", "twitter", "social", "launch", Network: "facebook"), ["good.com"], [], ChannelClassifier.Default);
        Assert.Contains(mismatch.Warnings, w => w.Contains("not Facebook", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("spring-2026", true)]
    [InlineData("a", true)]
    [InlineData("../etc", false)]
    [InlineData("-x", false)]
    [InlineData("has space", false)]
    public void Slugs_are_letters_digits_dash_and_underscore(string slug, bool valid) => Assert.Equal(valid, Slug.IsValid(slug));
}
