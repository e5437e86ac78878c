namespace Payoff.Core.Costs;

/// <summary>The days of the week a recurring activity happens: <c>weekdays</c>, <c>daily</c>, <c>weekends</c>, or a list like <c>mon,wed,fri</c>.</summary>
public sealed record DayPattern
{
    private static readonly Dictionary<string, DayOfWeek> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mon"] = DayOfWeek.Monday, ["tue"] = DayOfWeek.Tuesday, ["wed"] = DayOfWeek.Wednesday, ["thu"] = DayOfWeek.Thursday,
        ["fri"] = DayOfWeek.Friday, ["sat"] = DayOfWeek.Saturday, ["sun"] = DayOfWeek.Sunday,
    };

    private DayPattern(string text, IReadOnlySet<DayOfWeek> days)
    {
        Text = text;
        Days = days;
    }

    /// <summary>Monday to Friday.</summary>
    public static DayPattern Weekdays { get; } = new("weekdays", new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday });

    /// <summary>The pattern as written (<c>weekdays</c>, <c>mon,wed</c>).</summary>
    public string Text { get; }

    /// <summary>The days it covers.</summary>
    public IReadOnlySet<DayOfWeek> Days { get; }

    /// <summary>Reads a pattern; false for text that is none.</summary>
    public static bool TryParse(string? text, out DayPattern? pattern)
    {
        pattern = null;
        var t = (text ?? string.Empty).Trim().ToLowerInvariant();
        switch (t)
        {
            case "weekdays":
                pattern = Weekdays;
                return true;
            case "daily" or "everyday" or "every-day":
                pattern = new DayPattern("daily", Enum.GetValues<DayOfWeek>().ToHashSet());
                return true;
            case "weekends":
                pattern = new DayPattern("weekends", new HashSet<DayOfWeek> { DayOfWeek.Saturday, DayOfWeek.Sunday });
                return true;
        }

        var days = new HashSet<DayOfWeek>();
        foreach (var part in t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Names.TryGetValue(part.Length >= 3 ? part[..3] : part, out var day))
            {
                return false;
            }

            days.Add(day);
        }

        if (days.Count == 0)
        {
            return false;
        }

        pattern = new DayPattern(string.Join(',', Names.Where(n => days.Contains(n.Value)).Select(n => n.Key)), days);
        return true;
    }

    /// <summary>Whether <paramref name="day"/> is one of the pattern's days.</summary>
    public bool Includes(DateOnly day) => Days.Contains(day.DayOfWeek);
}
