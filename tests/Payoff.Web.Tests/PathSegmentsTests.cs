using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Payoff.Web.Hosting;

namespace Payoff.Web.Tests;

/// <summary>Issue 17: an experiment's name in the path is decoded once, whatever "/" or "%" it holds.</summary>
public sealed class PathSegmentsTests
{
    private static DefaultHttpContext Request(string rawTarget)
    {
        var context = new DefaultHttpContext();
        context.Features.Get<IHttpRequestFeature>()!.RawTarget = rawTarget;
        return context;
    }

    [Theory]
    [InlineData("/api/experiments/a%2Fb%20test", "a%2Fb test", "a/b test")]
    [InlineData("/api/experiments/a%2fb/stop", "a%2fb", "a/b")]
    [InlineData("/api/experiments/a%252Fb?x=1", "a%2Fb", "a%2Fb")]
    [InlineData("/api/experiments/50%25%20off", "50% off", "50% off")]
    [InlineData("/api/experiments/100%2520", "100%20", "100%20")]
    public void The_raw_segment_the_server_decoded_into_the_route_value_is_decoded_once(string rawTarget, string routeValue, string name) =>
        Assert.Equal(name, PathSegments.Decoded(Request(rawTarget), routeValue));

    [Fact]
    public void Without_a_raw_target_only_the_slash_the_server_left_encoded_is_decoded() =>
        Assert.Equal("a/b 50%20", PathSegments.Decoded(Request(string.Empty), "a%2Fb 50%20"));
}
