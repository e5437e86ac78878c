namespace Payoff.Core.Importing;

/// <summary>One import as the store remembers it: the lineage every imported row points to.</summary>
/// <param name="Id">The import's id.</param>
/// <param name="Kind">What was imported.</param>
/// <param name="FileName">The file's name as given.</param>
/// <param name="Sha256">The hex SHA-256 of the file's bytes: the same bytes are never imported twice.</param>
/// <param name="Rows">Data rows read.</param>
/// <param name="Imported">Rows stored.</param>
/// <param name="Rejected">Rows rejected.</param>
/// <param name="Duplicates">Rows already stored before (same event id), skipped.</param>
/// <param name="ImportedAt">When.</param>
/// <param name="UndoneAt">When it was undone (its rows removed and what it replaced restored), if it was.</param>
public sealed record ImportRecord(long Id, ImportKind Kind, string FileName, string Sha256, long Rows, long Imported, long Rejected, long Duplicates, DateTimeOffset ImportedAt, DateTimeOffset? UndoneAt = null);
