namespace Payoff.Core.Importing;

/// <summary>The days an imported file's records cover, both ends included.</summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
public sealed record ImportPeriod(DateOnly From, DateOnly To)
{
    /// <summary>This period widened to include <paramref name="from"/> to <paramref name="to"/>.</summary>
    public ImportPeriod Include(DateOnly from, DateOnly to) =>
        new(from < From ? from : From, to > To ? to : To);
}
