using System.Globalization;
using System.IO.Compression;
using Payoff.Import.Csv;

namespace Payoff.Import.Spreadsheets;

/// <summary>
/// Checks a workbook or ZIP export before anything is inflated: its size on disk, and for a ZIP
/// container (XLSX, YouTube's export) the number of entries, their declared uncompressed size and the
/// compression ratio, so a "ZIP bomb" is refused instead of filling memory or disk.
/// </summary>
public static class WorkbookLimits
{
    /// <summary>The most entries a ZIP container may have.</summary>
    public const int MaxEntries = 10_000;

    /// <summary>The most bytes all entries of a ZIP container may inflate to: 1 GiB.</summary>
    public const long MaxUncompressedBytes = 1L << 30;

    /// <summary>The highest compression ratio an entry over 1 MiB may have (spreadsheet XML reaches about 20).</summary>
    public const int MaxRatio = 200;

    /// <summary>The largest legacy binary <c>.xls</c> file read: 256 MiB.</summary>
    public const long MaxBinaryBytes = 256L << 20;

    /// <summary>Throws <see cref="ImportFileException"/> when <paramref name="path"/> is over a limit.</summary>
    public static void Check(string path, bool zip)
    {
        var name = Path.GetFileName(path);
        var length = new FileInfo(path).Length;
        if (!zip)
        {
            if (length > MaxBinaryBytes)
            {
                throw new ImportFileException(0, null, string.Create(CultureInfo.InvariantCulture, $"{name} is {length:N0} bytes, over the {MaxBinaryBytes:N0} a legacy .xls may have; save it as .xlsx or CSV."));
            }

            return;
        }

        try
        {
            using var archive = ZipFile.OpenRead(path);
            if (archive.Entries.Count > MaxEntries)
            {
                throw new ImportFileException(0, null, string.Create(CultureInfo.InvariantCulture, $"{name} holds {archive.Entries.Count:N0} entries, more than the {MaxEntries:N0} an export may have; nothing was inflated."));
            }

            var total = 0L;
            foreach (var entry in archive.Entries)
            {
                total += entry.Length;
                if (entry.Length > (1 << 20) && entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > MaxRatio)
                {
                    throw new ImportFileException(0, null, string.Create(CultureInfo.InvariantCulture, $"{name}: entry {entry.FullName} would inflate {entry.Length / entry.CompressedLength:N0} times ({entry.Length:N0} bytes); it looks like a ZIP bomb and was not inflated."));
                }
            }

            if (total > MaxUncompressedBytes)
            {
                throw new ImportFileException(0, null, string.Create(CultureInfo.InvariantCulture, $"{name} would inflate to {total:N0} bytes, over the limit of {MaxUncompressedBytes:N0}; nothing was inflated."));
            }
        }
        catch (InvalidDataException ex)
        {
            throw new ImportFileException(0, null, $"{name} is not a valid ZIP/XLSX file ({ex.Message}).");
        }
    }
}
