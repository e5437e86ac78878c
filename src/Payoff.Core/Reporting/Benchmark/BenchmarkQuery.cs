namespace Payoff.Core.Reporting.Benchmark;

/// <summary>The parameters of the monthly benchmark.</summary>
/// <param name="LastMonth">Any day of the last month shown (usually today).</param>
/// <param name="Months">How many months, ending with <paramref name="LastMonth"/>'s.</param>
/// <param name="Network">Only this network (or channel), case-insensitive; all when null.</param>
public sealed record BenchmarkQuery(DateOnly LastMonth, int Months, string? Network);
