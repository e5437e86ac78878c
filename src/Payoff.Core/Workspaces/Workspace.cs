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

    /// <summary>
    /// The culture numbers and dates are shown in on the dashboard's pages, as a .NET/ICU culture name (BCP 47, e.g.
    /// <c>pl-PL</c>: <c>1 234,56</c>); <see cref="DefaultLocale"/> unless changed. Display only: exports (CSV, XLSX),
    /// JSON and the CLI keep invariant formatting, and parsing never depends on it.
    /// </summary>
    public string Locale { get; init; } = DefaultLocale;

    /// <summary>The locale of a workspace that never set one: <c>en-US</c> (<c>1,234.56</c>).</summary>
    public const string DefaultLocale = "en-US";

    /// <summary>The culture of <see cref="Locale"/> (read-only, shared).</summary>
    /// <exception cref="System.Globalization.CultureNotFoundException"><see cref="Locale"/> is not a culture this machine knows (the rules of a host refuse such a value before it is stored).</exception>
    public System.Globalization.CultureInfo Culture => System.Globalization.CultureInfo.GetCultureInfo(Locale);

    /// <summary>The name of the workspace every new database starts with.</summary>
    public const string DefaultName = "default";

    /// <summary>The calendar of <see cref="TimeZone"/>.</summary>
    public WorkspaceCalendar Calendar => new(TimeZoneInfo.FindSystemTimeZoneById(TimeZone));
}
