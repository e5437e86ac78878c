using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Payoff.Web.Hosting;

/// <summary>
/// A route value that is free text (an experiment's name), decoded exactly once. The server decodes a path's
/// percent-escapes before routing except <c>%2F</c>, which it leaves encoded so that "/" keeps separating segments: the
/// route value of <c>/api/experiments/a%2Fb%20test</c> is <c>a%2Fb test</c>.
/// </summary>
public static class PathSegments
{
    /// <summary>
    /// The text <paramref name="routeValue"/> stands for: the segment of the request's raw target that the server
    /// decoded into <paramref name="routeValue"/>, decoded once (so <c>a%2Fb</c> is "a/b" and <c>a%252Fb</c> is "a%2Fb");
    /// without a raw target, <paramref name="routeValue"/> with its <c>%2F</c> decoded.
    /// </summary>
    public static string Decoded(HttpContext context, string routeValue)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(routeValue);
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (!string.IsNullOrEmpty(raw))
        {
            var path = raw.Split('?', 2)[0];
            foreach (var segment in path.Split('/'))
            {
                if (string.Equals(AsServerDecodes(segment), routeValue, StringComparison.Ordinal))
                {
                    return Uri.UnescapeDataString(segment);
                }
            }
        }

        return routeValue.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
    }

    private static string AsServerDecodes(string segment) =>
        Uri.UnescapeDataString(segment.Replace("%2F", "%252F", StringComparison.OrdinalIgnoreCase));
}
