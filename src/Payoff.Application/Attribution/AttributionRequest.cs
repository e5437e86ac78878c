using Payoff.Application.Requests;
using Payoff.Core.Attribution;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Attribution;

/// <summary>The attribution report's request (<c>payoff report attribution</c>, <c>/api/reports/attribution</c>, the attribution page).</summary>
/// <param name="Journeys">Which journeys: period, touch key, conversion, source, lookback.</param>
/// <param name="Models">The models to run (<c>model</c>: one name, or <c>all</c> — the default — for every one, side by side).</param>
/// <param name="HalfLifeDays">Time decay's half-life in days (<c>half-life-days</c>), more than 0; default 7.</param>
/// <param name="Order">The Markov chain's order (<c>order</c>), 1 to 4; default 1.</param>
public sealed record AttributionRequest(JourneyRequest Journeys, IReadOnlyList<string> Models, double HalfLifeDays, int Order)
{
    /// <summary>Whether every model runs (<c>model=all</c>), so the report compares them.</summary>
    public bool All => Models.Count > 1;

    /// <summary>Parses <paramref name="values"/>: the same rules and messages on every surface.</summary>
    /// <exception cref="RequestException">A number out of its range, an unknown model, or any error of <see cref="JourneyRequest.Parse"/>.</exception>
    public static AttributionRequest Parse(RequestValues values, Workspace workspace, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(values);
        var lookback = RequestNumber.Whole(values, "lookback-days", 90);
        var halfLife = RequestNumber.Number(values, "half-life-days", 7);
        var order = RequestNumber.Whole(values, "order", 1);
        if (lookback is < 1 or > 730 || halfLife <= 0 || order is < 1 or > 4)
        {
            throw new RequestException(
                lookback is < 1 or > 730 ? "lookback-days" : halfLife <= 0 ? "half-life-days" : "order",
                $"{values.Name("lookback-days")} must be 1 to 730, {values.Name("half-life-days")} more than 0, {values.Name("order")} 1 to 4.");
        }

        var model = values.Get("model")?.ToLowerInvariant() ?? "all";
        if (model != "all" && !AttributionModels.Names.Contains(model, StringComparer.Ordinal))
        {
            throw new RequestException("model", $"{values.Name("model")} must be all or one of {string.Join(", ", AttributionModels.Names)}, not '{Text.Visible(model)}'.");
        }

        return new AttributionRequest(JourneyRequest.Parse(values, workspace, time), model == "all" ? AttributionModels.Names : [model], halfLife, order);
    }
}
