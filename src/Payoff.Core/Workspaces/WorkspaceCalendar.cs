namespace Payoff.Core.Workspaces;

/// <summary>Cuts local days and months of a time zone into UTC instants, DST-safe.</summary>
/// <remarks>
/// A local day runs from its start (local midnight, or the first valid instant after it when a DST
/// change skips midnight) to the next day's start, half-open: a 23- or 25-hour day keeps every
/// instant exactly once.
/// </remarks>
public sealed class WorkspaceCalendar(TimeZoneInfo zone)
{
    /// <summary>The time zone.</summary>
    public TimeZoneInfo Zone { get; } = zone;

    /// <summary>The instant the local <paramref name="date"/> starts.</summary>
    public DateTimeOffset StartOfDay(DateOnly date) => Instant(date, TimeOnly.MinValue);

    /// <summary>
    /// The instant of local <paramref name="time"/> on <paramref name="date"/>: a time the clocks skipped (spring forward)
    /// moves on by quarter hours to the first that exists; a time they showed twice (fall back) is its earlier occurrence.
    /// </summary>
    public DateTimeOffset Instant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>The half-open UTC range covering local days <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public (DateTimeOffset Start, DateTimeOffset End) Range(DateOnly from, DateOnly to) => (StartOfDay(from), StartOfDay(to.AddDays(1)));

    /// <summary>The local date of an instant.</summary>
    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(LocalTime(instant));

    /// <summary>The wall-clock time of <paramref name="instant"/> in <see cref="Zone"/> (its offset dropped).</summary>
    public DateTime LocalTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>Today in this zone, by <paramref name="time"/>.</summary>
    public DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOf(time.GetUtcNow());
    }

    /// <summary>True when <paramref name="id"/> names a time zone this machine knows.</summary>
    public static bool IsKnownZone(string id)
    {
        try
        {
            _ = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }
}
