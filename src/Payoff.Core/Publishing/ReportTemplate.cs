namespace Payoff.Core.Publishing;

/// <summary>The paper a PDF is laid out on.</summary>
public enum PaperSize
{
    /// <summary>ISO 216 A4: 210 × 297 mm (595 × 842 points).</summary>
    A4,

    /// <summary>US Letter: 8.5 × 11 in (612 × 792 points).</summary>
    Letter,
}

/// <summary>
/// A report template: which sections a report shows, over which period, for whom. Three are built in
/// (<see cref="BuiltInTemplates"/>); a workspace adds its own (<c>payoff template add</c>).
/// </summary>
/// <param name="Name">Its name, unique in the workspace: 1–60 characters, lower-case letters, digits and '-' (<c>monthly-client</c>).</param>
/// <param name="Title">The audience title printed at the top of the report ("Monthly report for Kawa Bar"): 1–120 characters.</param>
/// <param name="Sections">The sections in the order shown: one to all of <see cref="ReportSection"/>, each once.</param>
/// <param name="Range">The period it reports when none is given.</param>
public sealed record ReportTemplate(string Name, string Title, IReadOnlyList<ReportSection> Sections, ReportRange Range)
{
    /// <summary>The longest name: 60 characters.</summary>
    public const int MaxName = 60;

    /// <summary>The longest title: 120 characters.</summary>
    public const int MaxTitle = 120;

    /// <summary>The paper its PDF is laid out on (A4 by default).</summary>
    public PaperSize Paper { get; init; } = PaperSize.A4;

    /// <summary>True for the three templates Payoff ships, which are read-only (copy one to change it).</summary>
    public bool BuiltIn { get; init; }

    /// <summary>
    /// What is wrong with the template, naming the field (<c>name</c>, <c>title</c>, <c>sections</c>), or null when it is valid.
    /// </summary>
    public string? Problem()
    {
        if (Name.Length is 0 or > MaxName || Name.Any(c => !(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')) || Name[0] == '-')
        {
            return $"name: '{Name}' must be 1–{MaxName} characters of lower-case letters, digits and '-', starting with a letter or digit (monthly-client).";
        }

        if (string.IsNullOrWhiteSpace(Title) || Title.Length > MaxTitle || Title.Any(char.IsControl))
        {
            return $"title: give the audience title, 1–{MaxTitle} characters on one line.";
        }

        if (Sections.Count == 0)
        {
            return $"sections: pick at least one of {string.Join(", ", ReportSections.All.Select(ReportSections.Name))}.";
        }

        var twice = Sections.GroupBy(s => s).FirstOrDefault(g => g.Count() > 1);
        return twice is null ? null : $"sections: '{ReportSections.Name(twice.Key)}' is listed twice.";
    }
}

/// <summary>The templates Payoff ships: one for an owner each week, one for management each month, one for an agency's client.</summary>
public static class BuiltInTemplates
{
    /// <summary>For a business owner every Monday: last week's headline numbers, what to do now, sources and goals.</summary>
    public static ReportTemplate WeeklySummary { get; } = new(
        "weekly-summary",
        "Weekly summary",
        [ReportSection.Headline, ReportSection.NextActions, ReportSection.Sources, ReportSection.Goals],
        ReportRange.LastWeek)
    { BuiltIn = true };

    /// <summary>For management each month: headline, ROI and costs, the verdict per network, goals, the benchmark and attribution.</summary>
    public static ReportTemplate MonthlyRoi { get; } = new(
        "monthly-roi",
        "Monthly ROI report",
        [ReportSection.Headline, ReportSection.Roi, ReportSection.Verdict, ReportSection.Goals, ReportSection.Benchmark, ReportSection.Attribution],
        ReportRange.LastMonth)
    { BuiltIn = true };

    /// <summary>For an agency's client each month: headline, sources, the benchmark, content, conversations, advocates and goals.</summary>
    public static ReportTemplate MonthlyClient { get; } = new(
        "monthly-client",
        "Monthly social media report",
        [ReportSection.Headline, ReportSection.Sources, ReportSection.Benchmark, ReportSection.Content, ReportSection.Conversations, ReportSection.Advocates, ReportSection.Goals],
        ReportRange.LastMonth)
    { BuiltIn = true };

    /// <summary>The three, in this order.</summary>
    public static IReadOnlyList<ReportTemplate> All { get; } = [WeeklySummary, MonthlyRoi, MonthlyClient];

    /// <summary>The built-in template named <paramref name="name"/>, or null.</summary>
    public static ReportTemplate? Find(string name) => All.FirstOrDefault(t => t.Name == name);
}
