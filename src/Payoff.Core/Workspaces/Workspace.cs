namespace Payoff.Core.Workspaces;

/// <summary>A brand or client whose data is kept apart from every other workspace's.</summary>
/// <param name="Id">The store's id for it.</param>
/// <param name="Name">The unique name users select it by (<c>--workspace</c>).</param>
/// <param name="TimeZone">The IANA time zone days, weeks and months are cut in.</param>
/// <param name="Currency">The ISO 4217 reporting currency.</param>
public sealed record Workspace(long Id, string Name, string TimeZone, string Currency)
{
    /// <summary>How long without a hit ends a session (30 minutes unless changed).</summary>
    public TimeSpan SessionTimeout { get; init; } = Sessions.SessionOptions.DefaultTimeout;

    /// <summary>The name of the workspace every new database starts with.</summary>
    public const string DefaultName = "default";

    /// <summary>The calendar of <see cref="TimeZone"/>.</summary>
    public WorkspaceCalendar Calendar => new(TimeZoneInfo.FindSystemTimeZoneById(TimeZone));
}
