using System.Globalization;
using Payoff.Application.Requests;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Benchmark;

/// <summary>What the monthly benchmark is asked for, on every surface (CLI, API, network page).</summary>
/// <param name="To">A day in the last month shown (by default today in the workspace's zone).</param>
/// <param name="Months">How many months, ending with the month of <paramref name="To"/>: 1 to <see cref="MaxMonths"/> (default <see cref="DefaultMonths"/>).</param>
/// <param name="Network">Only this network or channel as given (resolved against the workspace's names by the handler), or null for all.</param>
public sealed record BenchmarkRequest(DateOnly To, int Months, string? Network)
{
    /// <summary>The months shown when <c>months</c> is not given: 12.</summary>
    public const int DefaultMonths = 12;

    /// <summary>The most months one benchmark shows: 120 (ten years).</summary>
    public const int MaxMonths = 120;

    /// <summary>The network field as the host spells it in messages (<c>--network</c>, <c>network</c>).</summary>
    public string NetworkName { get; init; } = "network";

    /// <summary>Reads <c>months</c>, <c>to</c> (<c>yyyy-MM-dd</c>, <see cref="ReportPeriod.Day"/>) and <c>network</c>.</summary>
    /// <exception cref="RequestException"><c>months</c> is not a whole number from 1 to 120, or <c>to</c> is not a day within the limits.</exception>
    public static BenchmarkRequest Parse(RequestValues values, Workspace workspace, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(workspace);
        var months = RequestNumber.Whole(values, "months", DefaultMonths);
        if (months is < 1 or > MaxMonths)
        {
            throw new RequestException("months", string.Create(CultureInfo.InvariantCulture, $"{values.Name("months")} must be between 1 and {MaxMonths} (got {months})."));
        }

        var to = values.Get("to") is { } text ? ReportPeriod.Day(values, "to", text) : workspace.Calendar.Today(time);
        return new BenchmarkRequest(to, months, values.Get("network")) { NetworkName = values.Name("network") };
    }
}
