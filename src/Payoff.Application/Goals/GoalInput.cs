using Payoff.Application.Requests;
using Payoff.Core.Goals;

namespace Payoff.Application.Goals;

/// <summary>
/// The goal fields of a request — <c>payoff goal add|edit</c>'s options, the goal form of the Goals page —
/// parsed once: <c>name</c>, <c>metric</c>, <c>network</c>, <c>campaign</c>, <c>label</c>, <c>target</c>,
/// <c>target-percent</c>, <c>baseline</c>, <c>start</c>, <c>deadline</c> (yyyy-MM-dd), <c>budget</c>. The
/// API's JSON body is a <see cref="GoalRequest"/> already; all three are checked by the same handler.
/// </summary>
public static class GoalInput
{
    /// <summary>The request the fields describe; a field left out is null (kept when editing).</summary>
    /// <exception cref="RequestException">A number or a day cannot be read; the message names the field.</exception>
    public static GoalRequest Parse(RequestValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new GoalRequest
        {
            Name = values.Get("name"),
            Metric = values.Get("metric"),
            Network = values.Get("network"),
            Campaign = values.Get("campaign"),
            Label = values.Get("label"),
            Target = Fields.Amount(values, "target"),
            TargetPercent = Fields.Amount(values, "target-percent"),
            Baseline = Fields.Amount(values, "baseline"),
            Start = Fields.Day(values, "start"),
            Deadline = Fields.Day(values, "deadline"),
            Budget = Fields.Amount(values, "budget"),
        };
    }
}
