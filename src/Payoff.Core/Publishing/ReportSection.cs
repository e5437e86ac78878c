namespace Payoff.Core.Publishing;

/// <summary>
/// A part of a report template: one of the views the dashboard already shows, rendered with the same figures (the same
/// application handler, the same table) in the PDF, the e-mail and a shared view.
/// </summary>
public enum ReportSection
{
    /// <summary>Headline numbers (sessions, contacts, customers, revenue, cost, ROI) against the period before.</summary>
    Headline,

    /// <summary>The "what to do now" list: the verdict's actions and the goals off track.</summary>
    NextActions,

    /// <summary>Sessions, contacts, customers and revenue per social network (the sources report, by network).</summary>
    Sources,

    /// <summary>Each month of the period against the month before (the monthly benchmark).</summary>
    Benchmark,

    /// <summary>ROI and costs per network: revenue and value against ad spend, staff time and fees.</summary>
    Roi,

    /// <summary>SMART goals with their progress and forecast.</summary>
    Goals,

    /// <summary>The verdict per network over the whole months before the period's end: scale, keep, optimize, reduce time or cut.</summary>
    Verdict,

    /// <summary>Conversions and revenue credited per network by the position-based model beside first and last touch.</summary>
    Attribution,

    /// <summary>Which content works: engagement per post type on each network.</summary>
    Content,

    /// <summary>What people say: messages, the negative share and response times per network.</summary>
    Conversations,

    /// <summary>What each advocate's referrals brought: friends reached, leads, customers and revenue.</summary>
    Advocates,
}

/// <summary>The sections' names as people type them (<c>next-actions</c>), the one parser of every surface.</summary>
public static class ReportSections
{
    /// <summary>Every section in the order a report shows them.</summary>
    public static IReadOnlyList<ReportSection> All { get; } = Enum.GetValues<ReportSection>();

    /// <summary>The section's name: lower case, words joined by '-' (<c>next-actions</c>).</summary>
    public static string Name(ReportSection section) => section switch
    {
        ReportSection.NextActions => "next-actions",
        _ => section.ToString().ToLowerInvariant(),
    };

    /// <summary>The heading a report prints above the section.</summary>
    public static string Title(ReportSection section) => section switch
    {
        ReportSection.Headline => "Headline numbers",
        ReportSection.NextActions => "What to do now",
        ReportSection.Sources => "Sources by network",
        ReportSection.Benchmark => "Monthly benchmark",
        ReportSection.Roi => "ROI and costs",
        ReportSection.Goals => "Goals",
        ReportSection.Verdict => "Verdict per network",
        ReportSection.Attribution => "Attribution",
        ReportSection.Content => "Content",
        ReportSection.Conversations => "Conversations",
        ReportSection.Advocates => "Advocates",
        _ => throw new ArgumentOutOfRangeException(nameof(section)),
    };

    /// <summary>The section named <paramref name="name"/> (case-insensitive, surrounding spaces ignored), or null when none is.</summary>
    public static ReportSection? Find(string? name)
    {
        var wanted = name?.Trim();
        foreach (var section in All)
        {
            if (string.Equals(Name(section), wanted, StringComparison.OrdinalIgnoreCase))
            {
                return section;
            }
        }

        return null;
    }
}
