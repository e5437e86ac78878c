using Payoff.Application.Attribution;
using Payoff.Application.Requests;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Paths;

/// <summary>The path insights' request (<c>payoff report paths</c>, <c>/api/reports/paths</c>, the attribution page's path tables).</summary>
/// <param name="Journeys">Which journeys: period, touch key, conversion, source, lookback.</param>
/// <param name="Top">How many paths to list (<c>top</c>): default 20, held to 1 to 1,000.</param>
public sealed record PathsRequest(JourneyRequest Journeys, int Top)
{
    /// <summary>How many paths are listed when <c>top</c> is not given.</summary>
    public const int DefaultTop = 20;

    /// <summary>Parses <paramref name="values"/>: the same rules and messages on every surface.</summary>
    /// <exception cref="RequestException"><c>top</c> is not a whole number, or any error of <see cref="JourneyRequest.Parse"/>.</exception>
    public static PathsRequest Parse(RequestValues values, Workspace workspace, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(values);
        var top = RequestNumber.Whole(values, "top", DefaultTop);
        return new PathsRequest(JourneyRequest.Parse(values, workspace, time), Math.Clamp(top, 1, 1000));
    }
}
