using Payoff.Application.Requests;
using Payoff.Core.Attribution;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Attribution;

/// <summary>
/// Which journeys a journey report (attribution, paths) reads: the fields both share, parsed once for the
/// CLI, the API and the dashboard.
/// </summary>
/// <param name="Range">The workspace-local days whose conversions count (<c>from</c>, <c>to</c>; <see cref="ReportPeriod"/>).</param>
/// <param name="By">The touch key (<c>by</c>): <c>channel</c>, <c>network</c> (default) or <c>campaign</c>.</param>
/// <param name="Conversion">The conversion (<c>conversion</c>): <c>lead</c> (default), <c>customer</c> or a conversion event's name; checked against the store when the journeys come from events.</param>
/// <param name="Source">The journeys (<c>journeys</c>): <c>events</c>, <c>paths</c>, or null for events when the workspace has any, else paths.</param>
/// <param name="LookbackDays">How far before a conversion a touch counts (<c>lookback-days</c>), 1 to 730 days; default 90.</param>
/// <param name="ConversionField">The conversion field as the host spells it (<c>--conversion</c>, <c>conversion</c>), for the unknown-conversion message.</param>
public sealed record JourneyRequest(DateRange Range, string By, string Conversion, string? Source, int LookbackDays, string ConversionField = "conversion")
{
    /// <summary>The touch keys a journey can be credited to.</summary>
    public static readonly IReadOnlyList<string> Keys = ["channel", "network", "campaign"];

    /// <summary>The heading of a column of touch keys: Channel, Campaign or Network.</summary>
    public static string KeyTitle(string by) => by switch { "channel" => "Channel", "campaign" => "Campaign", _ => "Network" };

    /// <summary>The query of tracked events this request asks for.</summary>
    public JourneyQuery Query => new(Range, Conversion, By, LookbackDays);

    /// <summary>Parses the shared fields of <paramref name="values"/>.</summary>
    /// <exception cref="RequestException">A bad period, a <c>by</c> or <c>journeys</c> outside their values, or a lookback that is not 1 to 730 days.</exception>
    public static JourneyRequest Parse(RequestValues values, Workspace workspace, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(values);
        var range = ReportPeriod.Parse(values, workspace, time);
        var by = values.Get("by") ?? "network";
        if (!Keys.Contains(by, StringComparer.Ordinal))
        {
            throw new RequestException("by", $"{values.Name("by")} must be channel, network or campaign, not '{Text.Visible(by)}'.");
        }

        var source = values.Get("journeys");
        if (source is not (null or "events" or "paths"))
        {
            throw new RequestException("journeys", $"{values.Name("journeys")} must be events or paths, not '{Text.Visible(source)}'.");
        }

        var lookback = RequestNumber.Whole(values, "lookback-days", 90);
        return lookback is < 1 or > 730
            ? throw new RequestException("lookback-days", $"{values.Name("lookback-days")} must be 1 to 730.")
            : new JourneyRequest(range, by, values.Get("conversion") ?? "lead", source, lookback, values.Name("conversion"));
    }

    /// <summary>
    /// Whether the journeys come from tracked events (<see cref="Source"/>, else whether the workspace has any);
    /// when they do, the conversion must be one the workspace knows.
    /// </summary>
    /// <exception cref="RequestException">The conversion is neither lead, customer nor a tracked conversion's name: the message lists the known ones.</exception>
    public async Task<bool> FromEventsAsync(IStoreSession session, Workspace workspace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var fromEvents = Source is null ? await session.Journeys.HasEventsAsync(workspace, cancellationToken) : Source == "events";
        if (fromEvents && await session.Journeys.ConversionErrorAsync(workspace, Conversion, cancellationToken) is { } error)
        {
            throw new RequestException("conversion", $"{ConversionField}: {error}");
        }

        return fromEvents;
    }
}
