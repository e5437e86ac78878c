using System.CommandLine;

namespace Payoff.Cli.Reports.Attribution;

/// <summary>The options of a journey report (<c>attribution</c>, <c>paths</c>): period, touch key, conversion, source, lookback.</summary>
public sealed class JourneyOptions
{
    /// <summary>Creates the options; the conversion and journeys options are described by <paramref name="conversion"/> and <paramref name="journeys"/>.</summary>
    public JourneyOptions(string conversion, string journeys)
    {
        By.AcceptOnlyFromAmong("channel", "network", "campaign");
        Conversion = new Option<string>("--conversion") { Description = conversion, DefaultValueFactory = _ => "lead" };
        Journeys = new Option<string?>("--journeys") { Description = journeys };
        Journeys.AcceptOnlyFromAmong("events", "paths");
    }

    /// <summary><c>--from</c>.</summary>
    public Option<string?> From { get; } = new("--from") { Description = "First day, yyyy-MM-dd, workspace-local (default: 29 days before --to)." };

    /// <summary><c>--to</c>.</summary>
    public Option<string?> To { get; } = new("--to") { Description = "Last day, included, yyyy-MM-dd (default: today)." };

    /// <summary><c>--by</c>.</summary>
    public Option<string> By { get; } = new("--by") { Description = "Touch key: channel, network (default) or campaign.", DefaultValueFactory = _ => "network" };

    /// <summary><c>--conversion</c>.</summary>
    public Option<string> Conversion { get; }

    /// <summary><c>--journeys</c>.</summary>
    public Option<string?> Journeys { get; }

    /// <summary><c>--lookback-days</c>.</summary>
    public Option<int> Lookback { get; } = new("--lookback-days") { Description = "How far before a conversion a touch counts (default 90).", DefaultValueFactory = _ => 90 };

    /// <summary>Every option above, in order (read with <see cref="ReportOptions.Values"/>).</summary>
    public Option[] All => [From, To, By, Conversion, Journeys, Lookback];
}
