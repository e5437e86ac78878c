namespace Payoff.Storage.DuckDb;

/// <summary>
/// One schema change: an embedded SQL file of <c>DuckDb/Migrations/</c>, applied once, in version order,
/// in one transaction with its <c>schema_migrations</c> row.
/// </summary>
/// <param name="Version">The schema version it brings the database to: the file's number (<c>0008_…</c> is 8).</param>
/// <param name="Name">What it does: the text of the file's first line, a <c>--</c> comment; recorded in <c>schema_migrations.name</c>.</param>
/// <param name="FileName">The file, e.g. <c>0008_goals_time_fees_rates.sql</c>; named in errors.</param>
/// <param name="Sql">The file's statements (its comment lines included), run as one batch.</param>
public sealed record Migration(int Version, string Name, string FileName, string Sql);
