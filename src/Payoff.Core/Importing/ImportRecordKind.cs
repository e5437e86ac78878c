namespace Payoff.Core.Importing;

/// <summary>
/// One kind of record an import writes, with the rule by which a store keeps it (see
/// <see cref="ImportRecords"/> for the kinds and <see cref="IImportStore.WriteAsync{T}"/> for the write).
/// The set is closed: only <see cref="ImportRecords"/> creates kinds, so a store's write can honour every one.
/// </summary>
/// <typeparam name="T">The record type a file of this kind is read into.</typeparam>
public sealed class ImportRecordKind<T>
    where T : class
{
    internal ImportRecordKind(ImportedData data) => Data = data;

    /// <summary>Which data the records are: what a store switches on to write them.</summary>
    public ImportedData Data { get; }

    /// <inheritdoc />
    public override string ToString() => Data.ToString();
}
