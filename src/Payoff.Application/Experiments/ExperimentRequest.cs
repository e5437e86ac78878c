using System.Globalization;
using Payoff.Application.Requests;
using Payoff.Core.Content;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Experiments;

/// <summary>A new experiment as asked on every surface (<c>payoff experiment add</c>, <c>POST /api/experiments</c>, the Content page's form).</summary>
/// <param name="Network">The network as given (resolved against the workspace's names by the handler).</param>
/// <param name="Plan">The rest of the plan, its network as given.</param>
public sealed record ExperimentRequest(string Network, ExperimentPlan Plan)
{
    /// <summary>The network field as the host spells it in messages.</summary>
    public string NetworkName { get; init; } = "network";

    /// <summary>Reads <c>network</c>, <c>name</c>, <c>variants</c> (comma-separated), <c>assign</c>, <c>metric</c>, <c>from</c> and <c>until</c> (local days; <c>from</c> defaults to today).</summary>
    /// <exception cref="RequestException">A field is missing or wrong; the message names it and says why.</exception>
    public static ExperimentRequest Parse(RequestValues values, Workspace workspace, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(workspace);
        var network = Required(values, "network");
        var name = Required(values, "name");
        if (name.Length > ExperimentPlan.MaxName)
        {
            throw new RequestException("name", string.Create(CultureInfo.InvariantCulture, $"{values.Name("name")} is {name.Length} characters long; at most {ExperimentPlan.MaxName}."));
        }

        var variants = Required(values, "variants").Split(',', StringSplitOptions.TrimEntries).Select(v => v.TrimStart('#').Trim()).ToList();
        if (variants.Any(v => v.Length == 0))
        {
            throw new RequestException("variants", $"{values.Name("variants")} has an empty variant: give the variants separated by commas, e.g. video,image.");
        }

        if (variants.Count is < 2 or > ExperimentPlan.MaxVariants)
        {
            throw new RequestException("variants", string.Create(CultureInfo.InvariantCulture, $"{values.Name("variants")} needs 2 to {ExperimentPlan.MaxVariants} variants separated by commas (got {variants.Count})."));
        }

        if (variants.GroupBy(v => v, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new RequestException("variants", $"{values.Name("variants")} names '{Text.Visible(twice.Key)}' twice.");
        }

        var assign = FieldChoice.Parse(values, "assign", ExperimentAssignment.Type, ("type", ExperimentAssignment.Type), ("label", ExperimentAssignment.Label), ("hashtag", ExperimentAssignment.Hashtag), ("utm-content", ExperimentAssignment.UtmContent));
        var metric = FieldChoice.Parse(values, "metric", ExperimentMetric.EngagementRate, ("engagement-rate", ExperimentMetric.EngagementRate), ("visits-per-post", ExperimentMetric.VisitsPerPost), ("leads-per-post", ExperimentMetric.LeadsPerPost));
        var from = values.Get("from") is { } f ? ReportPeriod.Day(values, "from", f) : workspace.Calendar.Today(time);
        var until = ReportPeriod.Day(values, "until", Required(values, "until"));
        if (until < from)
        {
            throw new RequestException("until", string.Create(CultureInfo.InvariantCulture, $"{values.Name("until")} ({until:yyyy-MM-dd}) is before {values.Name("from")} ({from:yyyy-MM-dd})."));
        }

        return new ExperimentRequest(network, new ExperimentPlan(network, name, variants, assign, metric, from, until)) { NetworkName = values.Name("network") };
    }

    private static string Required(RequestValues values, string field) =>
        values.Get(field) is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : throw new RequestException(field, $"{values.Name(field)} is required.");
}
