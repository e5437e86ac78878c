namespace Payoff.Core.Importing;

/// <summary>Why one row (or the whole file, row 0) of an import was rejected.</summary>
/// <param name="Row">The row number as a spreadsheet shows it (the header is row 1); 0 for the file itself.</param>
/// <param name="Column">The column name, or <see langword="null"/> when the row as a whole is wrong.</param>
/// <param name="Message">What is wrong and what is expected.</param>
public sealed record RowError(long Row, string? Column, string Message);
