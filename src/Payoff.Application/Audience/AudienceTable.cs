using System.Globalization;
using Payoff.Application.Tables;
using Payoff.Core.Audience;

namespace Payoff.Application.Audience;

/// <summary>The audience report as one table: each dimension's values, one share column per audience, side by side.</summary>
public static class AudienceTable
{
    private const string CatchAll = "(catch-all)";
    private const string NotListed = "(not listed)";

    /// <summary>
    /// The table (named <c>audience</c>): dimension, value, then each audience's share of it (a ratio; empty when the
    /// audience does not list the value or lacks the dimension). Values are matched across audiences as
    /// <see cref="AudienceDimensions.Key"/> folds them and shown as first written. The platforms' catch-all rows are one
    /// row named with each platform's own word ("Other / Others (catch-all)"), and a top-N list's remainder is its own
    /// row, "(not listed)", both explained in a note. The notes hold each audience's snapshot day, the comparison
    /// sentences and the threshold.
    /// </summary>
    public static ReportTable Build(AudienceResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var report = result.Report;
        var labels = report.Distributions.Select(d => d.Label).Distinct(StringComparer.Ordinal).ToList();
        var rows = new List<TableRow>();
        foreach (var dimension in report.Distributions.GroupBy(d => d.Dimension))
        {
            var order = new List<(string Key, string Shown)>();
            var catchAll = new List<string>();
            var shares = new Dictionary<(string Label, string Key), decimal>();
            foreach (var distribution in dimension)
            {
                foreach (var value in distribution.Values)
                {
                    var key = AudienceDimensions.Key(distribution.Dimension, value.Value);
                    if (value.IsOther && !catchAll.Contains(value.Value, StringComparer.OrdinalIgnoreCase))
                    {
                        catchAll.Add(value.Value);
                    }

                    if (!order.Any(o => o.Key == key))
                    {
                        order.Add((key, value.Value));
                    }

                    shares[(distribution.Label, key)] = shares.GetValueOrDefault((distribution.Label, key)) + value.Share;
                }
            }

            var name = AudienceDimensions.Label(dimension.Key);
            var catchAllKey = catchAll.Count > 0 ? AudienceDimensions.Key(dimension.Key, catchAll[0]) : null;
            foreach (var (key, first) in order)
            {
                var shown = key == catchAllKey ? $"{string.Join(" / ", catchAll)} {CatchAll}" : first;
                rows.Add(new TableRow([name, shown, .. labels.Select(l => shares.TryGetValue((l, key), out var s) ? (object?)s : null)]));
            }

            if (dimension.Any(d => d.Listed < 0.995m))
            {
                rows.Add(new TableRow([name, NotListed, .. labels.Select(l => dimension.FirstOrDefault(d => d.Label == l) is { Listed: < 0.995m } d ? (object?)(1 - d.Listed) : null)]));
            }
        }

        var notes = new List<string>
        {
            "Shares of each audience: counts over the listed values' total when the platform gives counts (LinkedIn, YouTube views), else the platform's percentages. The counts are in the JSON.",
        };
        notes.AddRange(report.Distributions.GroupBy(d => d.Label).Select(g =>
        {
            var first = g.First();
            var asOf = g.Max(d => d.AsOf) is { } day ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "an undated export";
            return $"{g.Key}: {first.Audience}{(first.Account is null ? string.Empty : $" of {first.Account}")}, as of {asOf}.";
        }));
        var hasCatchAll = report.Distributions.Any(d => d.Values.Any(v => v.IsOther));
        var hasRest = report.Distributions.Any(d => d.Listed < 0.995m);
        if (hasCatchAll || hasRest)
        {
            notes.Add(string.Join(" ", new[]
            {
                hasCatchAll ? $"{CatchAll}: the row a platform puts everyone else in, named with each platform's own word." : null,
                hasRest ? $"{NotListed}: the share a platform's top list leaves out." : null,
                "Comparisons count both as one value, the catch-all; a value a list leaves out has no share of its own there.",
            }.OfType<string>()));
        }

        notes.AddRange(report.Comparisons.Where(c => c.DiffersMarkedly).Select(c => c.Sentence));
        notes.AddRange(report.Comparisons.Where(c => !c.DiffersMarkedly).Select(c => c.Sentence));
        if (report.Comparisons.Count > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"Total-variation distance = ½ Σ |share in one − share in the other| over both lists' values; audiences differ markedly from {report.Threshold:0.00}."));
        }

        return new ReportTable(
            "audience",
            "Audience",
            [new("Dimension"), new("Value"), .. labels.Select(l => new TableColumn(l, CellKind.Percent))],
            rows)
        { Notes = notes };
    }
}
