using System.Globalization;
using Payoff.Application.Requests;
using Payoff.Core.Workspaces;

namespace Payoff.Application.CostSetup;

/// <summary>
/// Time spent on a network on one day (<c>payoff time log</c>, <c>POST /api/time</c>): fields <c>network</c>, <c>hours</c>
/// or <c>minutes</c>, <c>date</c>, <c>person</c>, <c>note</c>.
/// </summary>
/// <param name="Network">The network as given; <see cref="LogTimeHandler"/> resolves it as <see cref="NetworkField"/> does.</param>
/// <param name="NetworkName">The network field as the host spells it (<c>--network</c>), for the unknown-network sentence.</param>
/// <param name="Person">Who (for their own hourly rate); empty for nobody in particular.</param>
/// <param name="Day">The workspace-local day.</param>
/// <param name="Minutes">Whole minutes, 1 to 1,440 (hours are rounded to the nearest minute).</param>
/// <param name="Note">What it was for, or null.</param>
public sealed record LogTimeRequest(string Network, string NetworkName, string Person, DateOnly Day, int Minutes, string? Note)
{
    /// <summary>The most minutes one day holds.</summary>
    public const int MaxMinutes = 24 * 60;

    /// <summary>Reads the fields; the day defaults to today in the workspace's time zone, <c>minutes</c> wins over <c>hours</c>.</summary>
    /// <exception cref="RequestException">
    /// Hours outside 0–24, neither hours nor minutes, minutes outside 1–1,440, a day that is not <c>yyyy-MM-dd</c> within the
    /// day limits, or no network.
    /// </exception>
    public static LogTimeRequest Parse(RequestValues values, Workspace workspace, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(workspace);
        var minutes = CostFields.Whole(values, "minutes");

        // Hours are checked before they become minutes, so 99999999 hours is a plain error, not an overflow (issue 13, §3.7).
        var hours = Fields.Amount(values, "hours");
        if (minutes is null && hours is { } given and (<= 0 or > 24))
        {
            throw new RequestException("hours", string.Create(CultureInfo.InvariantCulture, $"{values.Name("hours")} must be more than 0 and at most 24 (got {given})."));
        }

        var spent = minutes ?? (hours is { } h ? (int)decimal.Round(h * 60) : throw new RequestException("hours", $"Give {values.Name("hours")} or {values.Name("minutes")}."));
        if (spent is <= 0 or > MaxMinutes)
        {
            throw new RequestException("minutes", "The time must be more than 0 and at most 24 hours.");
        }

        var day = Fields.Day(values, "date") ?? workspace.Calendar.Today(time);
        var network = values.Get("network") ?? throw new RequestException("network", $"{values.Name("network")} is required (Facebook, LinkedIn, …).");
        return new LogTimeRequest(network, values.Name("network"), CostFields.Person(values), day, spent, values.Get("note"));
    }
}
