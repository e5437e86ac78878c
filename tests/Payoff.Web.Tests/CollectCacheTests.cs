using Payoff.Core.Channels;
using Payoff.Core.Collect;
using Payoff.Core.Links;
using Payoff.Web.Collect;
using Payoff.Web.Links;

namespace Payoff.Web.Tests;

/// <summary>The request path's caches: they answer what the uncached code answers, and no stream of unique strings makes them grow past their bound.</summary>
public sealed class CollectCacheTests
{
    [Fact]
    public void A_bounded_cache_never_holds_more_than_its_capacity()
    {
        var cache = new BoundedCache<int, string>(8);
        for (var i = 0; i < 1_000; i++)
        {
            Assert.Equal($"v{i}", cache.GetOrAdd(i, k => $"v{k}"));
            Assert.InRange(cache.Count, 0, 8);
        }
    }

    [Fact]
    public void Concurrent_unique_keys_keep_a_bounded_cache_within_its_capacity_and_the_adding_threads()
    {
        var cache = new BoundedCache<string, int>(64);
        Parallel.For(0, 50_000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => cache.GetOrAdd($"https://attacker.example/{i}", k => k.Length));
        Assert.InRange(cache.Count, 0, 64 + 4);
    }

    [Fact]
    public void Attacker_chosen_urls_and_user_agents_do_not_grow_the_classifier_past_its_bound()
    {
        var classifier = new HitClassifier(capacity: 32);
        for (var i = 0; i < 10_000; i++)
        {
            classifier.Landing($"https://example.com/?utm_source=s{i}", $"https://r{i}.example/");
            classifier.Agent($"Mozilla/5.0 Agent/{i}");
            Assert.InRange(classifier.CachedLandings, 0, 32);
            Assert.InRange(classifier.CachedAgents, 0, 32);
        }
    }

    [Fact]
    public void Inputs_longer_than_the_cached_length_are_answered_but_not_kept()
    {
        var classifier = new HitClassifier();
        var url = "https://example.com/?utm_source=facebook&utm_medium=social&pad=" + new string('p', HitClassifier.MaxCachedLength);
        Assert.Equal("Facebook", classifier.Landing(url, null).Source?.Network);
        Assert.Equal(DropReason.BotUserAgent, classifier.Agent("curl/8 " + new string('x', HitClassifier.MaxCachedLength)).Bot);
        Assert.Equal(0, classifier.CachedLandings);
        Assert.Equal(0, classifier.CachedAgents);
    }

    [Theory]
    [InlineData("https://example.com/?utm_source=linkedin&utm_medium=social&utm_campaign=launch", "https://www.linkedin.com/")]
    [InlineData("https://example.com/p?gclid=abc", null)]
    [InlineData("https://example.com/", "https://www.google.com/search?q=payoff")]
    [InlineData(null, "https://news.ycombinator.com/")]
    public void A_cached_landing_is_what_the_classifier_says(string? url, string? referrer)
    {
        var classifier = new HitClassifier();
        var first = classifier.Landing(url, referrer);
        Assert.Same(first, classifier.Landing(url, referrer));
        Assert.True(first.IsWebUrl);
        Assert.Equal(ChannelClassifier.Default.Classify(url, referrer), first.Source);
    }

    [Fact]
    public void A_landing_that_is_not_a_web_url_has_no_source_and_spam_referrers_are_flagged()
    {
        var classifier = new HitClassifier();
        Assert.False(classifier.Landing("javascript:alert(1)", null).IsWebUrl);
        Assert.Null(classifier.Landing("javascript:alert(1)", null).Source);
        var spam = ReferrerSpamList.Default.IsSpam("https://semalt.com/") ? "https://semalt.com/" : null;
        Assert.Equal(spam is not null, classifier.Landing("https://example.com/", spam).SpamReferrer);
    }

    [Theory]
    [InlineData("https://example.com/spring")]
    [InlineData("https://example.com/spring?utm_source=old&ref=x#top")]
    [InlineData("https://example.com/?pf_lc=0123456789abcdef0123456789abcdef&a=b")]
    public void A_link_route_builds_the_same_target_as_the_tagged_url_builder(string destination)
    {
        var link = new TrackedLink(1, "spring", destination, new LinkTags("facebook", "social", "spring", "video"), true, DateTimeOffset.UnixEpoch);
        var route = new LinkRoute(link, 7);
        const string click = "5f2b9c0d1e3a4b6c7d8e9f0a1b2c3d4e";
        Assert.Equal(TaggedUrl.Build(destination, link.Tags, (TrackedLink.ClickParameter, click)), route.TargetWith(click));
        Assert.Equal(link.TaggedUrl, route.TaggedUrl);
        Assert.Equal(ChannelClassifier.Default.Classify(route.TargetWith(click), "https://m.facebook.com/"), ChannelClassifier.Default.Classify(route.ClickTemplate, "https://m.facebook.com/"));
    }
}
