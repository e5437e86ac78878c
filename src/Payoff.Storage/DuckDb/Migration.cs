namespace Payoff.Storage.DuckDb;

/// <summary>One schema change, applied once, in version order, inside a transaction.</summary>
/// <param name="Version">The schema version it brings the database to.</param>
/// <param name="Name">What it does.</param>
/// <param name="Sql">The statements.</param>
public sealed record Migration(int Version, string Name, string Sql);
