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

    /// <summary><c>--store ADDRESS</c>: <c>duckdb:PATH</c> or <c>clickhouse://HOST:PORT/DATABASE[?cluster=NAME]</c> (refused together with <c>--db</c>).</summary>
    public static readonly Option<string?> Store = new("--store")
    {
        Description = "The store: duckdb:PATH or clickhouse://HOST:PORT/DATABASE[?cluster=NAME[&nodes=HOST:PORT,HOST:PORT]] (default: the --db file, else $PAYOFF_STORE, else $PAYOFF_DB). ClickHouse credentials come from PAYOFF_CLICKHOUSE_USER and PAYOFF_CLICKHOUSE_PASSWORD.",
        Recursive = true,
    };

    /// <summary><c>--workspace NAME</c>.</summary>
    public static readonly Option<string?> Workspace = new("--workspace", "-w")
    {
        Description = "The workspace (default: $PAYOFF_WORKSPACE, else 'default').",
        Recursive = true,
    };
}
