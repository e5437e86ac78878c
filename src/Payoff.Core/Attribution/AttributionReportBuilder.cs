using System.Globalization;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Attribution;

/// <summary>
/// Runs the chosen models on the same journeys: tracked events when the workspace has any (else
/// imported paths), or the source asked for — never both added together. Conversions without a tracked
/// visit in their lookback window are not credited; the report's notes say how many.
/// </summary>
public sealed class AttributionReportBuilder(IJourneyReader reader)
{
    /// <summary>Builds the report; <paramref name="source"/> is <c>events</c>, <c>paths</c> or null for the default.</summary>
    public async Task<AttributionReport> BuildAsync(Workspace workspace, JourneyQuery query, IReadOnlyList<IAttributionModel> models, string? source = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(models);
        var notes = new List<string>();
        var fromEvents = source is null ? await reader.HasEventsAsync(workspace, cancellationToken) : source == "events";
        var read = fromEvents
            ? await reader.ReadEventsAsync(workspace, query, cancellationToken)
            : new JourneySet(await reader.ReadPathsAsync(workspace, cancellationToken), 0);
        var journeys = read.Journeys;
        if (!fromEvents)
        {
            notes.Add("Imported paths carry no dates: --from, --to, --lookback-days and --conversion do not apply to them, and time decay cannot weigh them.");
        }

        var compact = JourneyCompactor.Compact(journeys);
        var results = models.Select(m => m is TimeDecayModel ? m.Attribute(journeys) : m.Attribute(compact)).ToList();
        notes.AddRange(results.Where(r => r.Note is not null).Select(r => $"{r.Model}: {r.Note}").Distinct());
        if (read.Untouched > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{read.Untouched:N0} conversions had no tracked visit in their lookback window (CRM-only or offline) and are not credited."));
        }

        return new AttributionReport(fromEvents ? "events" : "paths", fromEvents ? query.Range : null, fromEvents ? query.Conversion : null, journeys.Sum(j => j.Conversions + j.Nulls), results, notes);
    }
}
