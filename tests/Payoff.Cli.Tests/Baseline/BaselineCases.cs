namespace Payoff.Cli.Tests.Baseline;

/// <summary>
/// Every report of the CLI and the API, with the options that change what it computes, on each baseline
/// workspace: (workspace, golden name, arguments or URL). Ranges are explicit except where a case pins
/// the default period of the fixed clock.
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
    public static IEnumerable<object[]> Cli(string workspace) => CliCases(workspace).Select(c => new object[] { c.Name, c.Args });

    /// <summary>The API cases of <paramref name="workspace"/>: (golden name, relative URL).</summary>
    public static IEnumerable<object[]> Api(string workspace) => ApiCases(workspace).Select(c => new object[] { c.Name, c.Url });

    private static IEnumerable<(string Name, string[] Args)> CliCases(string workspace)
    {
        var (from, to, network, month) = Periods[workspace];
        string[] range = ["--from", from, "--to", to];
        (string, string[]) Case(string name, params string[] args) => (name, ["report", .. args, "--format", "json"]);

        yield return Case("sources-default", "sources");
        foreach (var by in new[] { "channel", "network", "campaign", "content" })
        {
            yield return Case($"sources-by-{by}", ["sources", .. range, "--by", by]);
        }

        yield return Case("sources-network-by-campaign", ["sources", .. range, "--by", "campaign", "--network", network]);
        yield return Case("sources-compare-previous-period", ["sources", .. range, "--compare", "previous-period"]);
        yield return Case("sources-compare-previous-year", ["sources", .. range, "--by", "channel", "--compare", "previous-year"]);
        yield return Case("benchmark-default", "benchmark");
        yield return Case("benchmark-network", "benchmark", "--months", "6", "--to", to, "--network", network);
        yield return Case("links", ["links", .. range]);
        foreach (var by in new[] { "network", "campaign", "month" })
        {
            yield return Case($"costs-by-{by}", ["costs", .. range, "--by", by]);
        }

        foreach (var by in new[] { "network", "account", "month" })
        {
            yield return Case($"social-by-{by}", ["social", .. range, "--by", by]);
        }

        yield return Case("goals", "goals");
        yield return ("goal-1", ["goal", "show", "1", "--format", "json"]);
        yield return Case("roi-by-network", ["roi", .. range]);
        yield return Case("roi-by-campaign", ["roi", .. range, "--by", "campaign"]);
        yield return Case("roi-network-only", ["roi", .. range, "--by", "campaign", "--network", network]);
        yield return Case("roi-model-linear", ["roi", .. range, "--model", "linear"]);
        yield return Case("roi-model-markov", ["roi", .. range, "--model", "markov"]);
        yield return Case("verdict-default", "verdict");
        yield return Case("verdict-months", "verdict", "--months", "2", "--to", month);
        yield return Case("kpi", ["kpi", .. range]);
        yield return Case("kpi-awareness", ["kpi", .. range, "--program", "awareness"]);
        yield return Case("kpi-weights-by-campaign", ["kpi", .. range, "--weights", "0.2,0.3,0.5", "--by", "campaign"]);
        if (workspace != "platforms")
        {
            yield return Case("attribution-lead", ["attribution", .. range]);
            yield return Case("attribution-customer", ["attribution", .. range, "--conversion", "customer"]);
            yield return Case("attribution-channel-options", ["attribution", .. range, "--by", "channel", "--lookback-days", "30", "--half-life-days", "3", "--order", "2"]);
            yield return Case("attribution-campaign-one-model", ["attribution", .. range, "--by", "campaign", "--model", "shapley"]);
            yield return Case("paths-lead", ["paths", .. range]);
            yield return Case("paths-customer", ["paths", .. range, "--conversion", "customer", "--by", "campaign", "--top", "5"]);
        }

        if (workspace == "shop")
        {
            yield return Case("attribution-named-conversion", ["attribution", .. range, "--conversion", "newsletter"]);
            yield return ("cost-time", ["cost", "time", "--rate", "27.5", "--minutes-per-day", "45", "--days", "mon,wed,fri", "--period", "quarter", "--currency", "EUR", "--format", "json"]);
        }
        else
        {
            yield return Case("attribution-paths", ["attribution", .. range, "--journeys", "paths"]);
            yield return Case("paths-paths", ["paths", .. range, "--journeys", "paths"]);
        }
    }

    private static IEnumerable<(string Name, string Url)> ApiCases(string workspace)
    {
        var (from, to, network, month) = Periods[workspace];
        var range = $"from={from}&to={to}";
        yield return ("sources-default", "/api/reports/sources");
        foreach (var by in new[] { "channel", "network", "campaign", "content" })
        {
            yield return ($"sources-by-{by}", $"/api/reports/sources?{range}&by={by}");
        }

        yield return ("sources-network-by-campaign", $"/api/reports/sources?{range}&by=campaign&network={network}");
        yield return ("sources-compare-previous-period", $"/api/reports/sources?{range}&compare=previous-period");
        yield return ("sources-compare-previous-year", $"/api/reports/sources?{range}&by=channel&compare=previous-year");
        yield return ("benchmark-default", "/api/reports/benchmark");
        yield return ("benchmark-network", $"/api/reports/benchmark?months=6&to={to}&network={network}");
        yield return ("links", $"/api/reports/links?{range}");
        foreach (var by in new[] { "network", "campaign", "month" })
        {
            yield return ($"costs-by-{by}", $"/api/reports/costs?{range}&by={by}");
        }

        foreach (var by in new[] { "network", "account", "month" })
        {
            yield return ($"social-by-{by}", $"/api/reports/social?{range}&by={by}");
        }

        yield return ("goals", "/api/reports/goals");
        yield return ("goal-1", "/api/goals/1");
        yield return ("roi-by-network", $"/api/reports/roi?{range}");
        yield return ("roi-by-campaign", $"/api/reports/roi?{range}&by=campaign");
        yield return ("roi-network-only", $"/api/reports/roi?{range}&by=campaign&network={network}");
        yield return ("verdict-default", "/api/reports/verdict");
        yield return ("verdict-months", $"/api/reports/verdict?months=2&to={month}");
        yield return ("kpi", $"/api/reports/kpi?{range}");
        yield return ("kpi-awareness", $"/api/reports/kpi?{range}&program=awareness");
        yield return ("kpi-weights-by-campaign", $"/api/reports/kpi?{range}&weights=0.2,0.3,0.5&by=campaign");
        if (workspace != "platforms")
        {
            yield return ("attribution-lead", $"/api/reports/attribution?{range}");
            yield return ("attribution-customer", $"/api/reports/attribution?{range}&conversion=customer");
            yield return ("attribution-channel-options", $"/api/reports/attribution?{range}&by=channel&lookback_days=30&half_life_days=3&order=2");
            yield return ("attribution-campaign-one-model", $"/api/reports/attribution?{range}&by=campaign&model=shapley");
            yield return ("paths-lead", $"/api/reports/paths?{range}");
            yield return ("paths-customer", $"/api/reports/paths?{range}&conversion=customer&by=campaign&top=5");
        }

        if (workspace == "shop")
        {
            yield return ("attribution-named-conversion", $"/api/reports/attribution?{range}&conversion=newsletter");
            yield return ("cost-time", "/api/costs/time?rate=27.5&minutes_per_day=45&days=mon,wed,fri&period=quarter&currency=EUR");
        }
        else
        {
            yield return ("attribution-paths", $"/api/reports/attribution?{range}&journeys=paths");
            yield return ("paths-paths", $"/api/reports/paths?{range}&journeys=paths");
        }
    }
}
