namespace Payoff.Core.Importing;

/// <summary>What an import is about to write: the file it came from and what reading it found.</summary>
/// <param name="Kind">The kind of file.</param>
/// <param name="FileName">The file's name as given.</param>
/// <param name="Sha256">The hex SHA-256 of the file's bytes.</param>
/// <param name="Rows">Data rows read.</param>
/// <param name="Rejected">Rows rejected (written only with skip-invalid).</param>
public sealed record ImportRequest(ImportKind Kind, string FileName, string Sha256, long Rows, long Rejected);
