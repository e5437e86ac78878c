namespace Payoff.Cli.Tests.Baseline;

/// <summary>
/// Every report of the CLI and the API, with the options that change what it computes, on each baseline
/// workspace. A case is one golden name with its CLI arguments and, where the API offers it, the same
/// question as a URL (<c>--model</c> of <c>roi</c> is the CLI's alone). Ranges are explicit except where a
/// case pins the default period of the fixed clock.
/// </summary>
public static class BaselineCases
{
    /// <summary>The period each workspace's reports read, and a network and month with data.</summary>
    private static readonly Dictionary<string, (string From, string To, string Network, string Month)> Periods = new()
    {
        ["demo"] = ("2025-01-01", "2025-06-30", "LinkedIn", "2025-06"),
        ["shop"] = ("2026-04-01", "2026-06-29", "Facebook", "2026-06"),
        ["platforms"] = ("2024-01-01", "2026-08-15", "X", "2026-07"),
    };

    /// <summary>The CLI cases of <paramref name="workspace"/>: (golden name, arguments).</summary>
    public static IEnumerable<object[]> Cli(string workspace) => Cases(workspace).Select(c => new object[] { c.Name, c.Cli });

    /// <summary>The API cases of <paramref name="workspace"/>: (golden name, relative URL).</summary>
    public static IEnumerable<object[]> Api(string workspace) => Cases(workspace).Where(c => c.Api is not null).Select(c => new object[] { c.Name, c.Api! });

    private static IEnumerable<(string Name, string[] Cli, string? Api)> Cases(string workspace)
    {
        var (from, to, network, month) = Periods[workspace];
        string[] range = ["--from", from, "--to", to];
        var query = $"from={from}&to={to}";
        (string, string[], string?) Report(string name, string? api, params string[] args) => (name, ["report", .. args, "--format", "json"], api is null ? null : "/api/reports/" + api);

        yield return Report("sources-default", "sources", "sources");
        foreach (var by in new[] { "channel", "network", "campaign", "content" })
        {
            yield return Report($"sources-by-{by}", $"sources?{query}&by={by}", ["sources", .. range, "--by", by]);
        }

        yield return Report("sources-network-by-campaign", $"sources?{query}&by=campaign&network={network}", ["sources", .. range, "--by", "campaign", "--network", network]);
        yield return Report("sources-compare-previous-period", $"sources?{query}&compare=previous-period", ["sources", .. range, "--compare", "previous-period"]);
        yield return Report("sources-compare-previous-year", $"sources?{query}&by=channel&compare=previous-year", ["sources", .. range, "--by", "channel", "--compare", "previous-year"]);
        yield return Report("benchmark-default", "benchmark", "benchmark");
        yield return Report("benchmark-network", $"benchmark?months=6&to={to}&network={network}", "benchmark", "--months", "6", "--to", to, "--network", network);
        yield return Report("links", $"links?{query}", ["links", .. range]);
        foreach (var by in new[] { "network", "campaign", "month" })
        {
            yield return Report($"costs-by-{by}", $"costs?{query}&by={by}", ["costs", .. range, "--by", by]);
        }

        foreach (var by in new[] { "network", "account", "month" })
        {
            yield return Report($"social-by-{by}", $"social?{query}&by={by}", ["social", .. range, "--by", by]);
        }

        yield return Report("goals", "goals", "goals");
        yield return ("goal-1", ["goal", "show", "1", "--format", "json"], "/api/goals/1");
        yield return Report("roi-by-network", $"roi?{query}", ["roi", .. range]);
        yield return Report("roi-by-campaign", $"roi?{query}&by=campaign", ["roi", .. range, "--by", "campaign"]);
        yield return Report("roi-network-only", $"roi?{query}&by=campaign&network={network}", ["roi", .. range, "--by", "campaign", "--network", network]);
        yield return Report("roi-model-linear", null, ["roi", .. range, "--model", "linear"]);
        yield return Report("roi-model-markov", null, ["roi", .. range, "--model", "markov"]);
        yield return Report("verdict-default", "verdict", "verdict");
        yield return Report("verdict-months", $"verdict?months=2&to={month}", "verdict", "--months", "2", "--to", month);
        yield return Report("kpi", $"kpi?{query}", ["kpi", .. range]);
        yield return Report("kpi-awareness", $"kpi?{query}&program=awareness", ["kpi", .. range, "--program", "awareness"]);
        yield return Report("kpi-weights-by-campaign", $"kpi?{query}&weights=0.2,0.3,0.5&by=campaign", ["kpi", .. range, "--weights", "0.2,0.3,0.5", "--by", "campaign"]);
        if (workspace != "platforms")
        {
            // The platform exports have no tracked events, so only their imported paths (below) attribute.
            yield return Report("attribution-lead", $"attribution?{query}", ["attribution", .. range]);
            yield return Report("attribution-customer", $"attribution?{query}&conversion=customer", ["attribution", .. range, "--conversion", "customer"]);
            yield return Report("attribution-channel-options", $"attribution?{query}&by=channel&lookback_days=30&half_life_days=3&order=2", ["attribution", .. range, "--by", "channel", "--lookback-days", "30", "--half-life-days", "3", "--order", "2"]);
            yield return Report("attribution-campaign-one-model", $"attribution?{query}&by=campaign&model=shapley", ["attribution", .. range, "--by", "campaign", "--model", "shapley"]);
            yield return Report("paths-lead", $"paths?{query}", ["paths", .. range]);
            yield return Report("paths-customer", $"paths?{query}&conversion=customer&by=campaign&top=5", ["paths", .. range, "--conversion", "customer", "--by", "campaign", "--top", "5"]);
        }

        if (workspace == "shop")
        {
            yield return Report("attribution-named-conversion", $"attribution?{query}&conversion=newsletter", ["attribution", .. range, "--conversion", "newsletter"]);
            yield return ("cost-time", ["cost", "time", "--rate", "27.5", "--minutes-per-day", "45", "--days", "mon,wed,fri", "--period", "quarter", "--currency", "EUR", "--format", "json"], "/api/costs/time?rate=27.5&minutes_per_day=45&days=mon,wed,fri&period=quarter&currency=EUR");
        }
        else
        {
            yield return Report("attribution-paths", $"attribution?{query}&journeys=paths", ["attribution", .. range, "--journeys", "paths"]);
            yield return Report("paths-paths", $"paths?{query}&journeys=paths", ["paths", .. range, "--journeys", "paths"]);
        }
    }
}
