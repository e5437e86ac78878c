namespace Payoff.Storage.DuckDb;

/// <summary>
/// The C# step of a migration (see <see cref="Migrations.Steps"/>).
/// </summary>
/// <param name="Version">The migration it belongs to: it runs for a database that was below this version (and above 0).</param>
/// <param name="Name">Its name, for people reading the migration list.</param>
/// <param name="Run">The step; it manages its own transactions.</param>
internal sealed record MigrationStep(int Version, string Name, Action<DuckDbDatabase> Run);
