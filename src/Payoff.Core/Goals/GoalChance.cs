using System.Globalization;

namespace Payoff.Core.Goals;

/// <summary>
/// The one way a goal's chance of reaching its target is written for people — by the CLI, the API's
/// <c>chance</c> field and every page — so the same goal never reads 0 %, 0.1 % and 0.06 % in three
/// places (docs/METRICS.md, "Goals").
/// </summary>
public static class GoalChance
{
    /// <summary>
    /// A probability (0 to 1) as a whole percentage rounded half away from zero (<c>37 %</c>); below
    /// 1 % it reads <c>&lt; 1 %</c> and between 99 % and 100 % <c>&gt; 99 %</c>, so an unlikely goal is
    /// never shown as impossible nor a likely one as certain; exactly 0 and 1 (missed, achieved) read
    /// <c>0 %</c> and <c>100 %</c>; null reads <c>—</c>.
    /// </summary>
    public static string Format(decimal? probability) => probability switch
    {
        null => "—",
        0m => "0 %",
        1m => "100 %",
        < 0.01m => "< 1 %",
        > 0.99m => "> 99 %",
        { } p => Math.Round(p * 100, 0, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + " %",
    };
}
