namespace Payoff.Cli.Output;

/// <summary>How a command prints its result.</summary>
public enum OutputFormat
{
    /// <summary>An aligned table for people, coloured when the terminal allows.</summary>
    Table,

    /// <summary>One JSON document with camelCase names; rates as fractions.</summary>
    Json,

    /// <summary>CSV with a header row; text cells that could be read as formulas are neutralised.</summary>
    Csv,
}
