using System.CommandLine;

namespace Payoff.Cli;

/// <summary>The options every command accepts.</summary>
public static class GlobalOptions
{
    /// <summary><c>--db PATH</c>.</summary>
    public static readonly Option<string?> Database = new("--db")
    {
        Description = "The DuckDB database file (default: $PAYOFF_DB, else payoff.duckdb in the current folder).",
        Recursive = true,
    };

    /// <summary><c>--workspace NAME</c>.</summary>
    public static readonly Option<string?> Workspace = new("--workspace", "-w")
    {
        Description = "The workspace (default: $PAYOFF_WORKSPACE, else 'default').",
        Recursive = true,
    };
}
