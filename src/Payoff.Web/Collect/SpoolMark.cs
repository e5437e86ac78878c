using System.Globalization;
using System.Text;

namespace Payoff.Web.Collect;

/// <summary>
/// The spool's record of applied batches (issue 21 §4): the file <c>applied</c> in the spool folder says that the store has
/// applied every record up to and including the first <see cref="Records"/> of segment <see cref="Segment"/>. It is written
/// after each batch the store acknowledged (a temporary file synced and renamed over it, so it is the old mark or the new
/// one, never half of one), and read at start so a restart replays only what follows it instead of whole segments. The store
/// stays idempotent (an event id is stored once), so a mark that is lost or behind costs time, never a double count; it is
/// never ahead, since it is written only after the store acknowledged the batch.
/// </summary>
/// <param name="Segment">The segment's number.</param>
/// <param name="Records">How many of its records, in spool order, the store has applied.</param>
public sealed record SpoolMark(long Segment, long Records)
{
    /// <summary>The mark's file name in the spool folder.</summary>
    public const string FileName = "applied";

    /// <summary>The mark in <paramref name="folder"/>, or null when there is none or it cannot be read (then every leftover record is replayed).</summary>
    public static SpoolMark? Read(string folder)
    {
        try
        {
            var parts = File.ReadAllText(Path.Combine(folder, FileName), Encoding.ASCII).Split(' ', StringSplitOptions.TrimEntries);
            return parts.Length == 2
                && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var segment)
                && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var records)
                ? new SpoolMark(segment, records)
                : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>How many of the first records of leftover segment <paramref name="segment"/> were applied already (its whole length when the mark is past it).</summary>
    /// <param name="segment">The segment's number.</param>
    /// <param name="count">The records read back from it.</param>
    /// <param name="skipped">Records of it that could not be read back: then positions may have moved, and only a mark past the segment is trusted.</param>
    public long AppliedOf(long segment, int count, int skipped) =>
        segment < Segment ? count
        : segment == Segment && skipped == 0 ? Math.Min(Records, count)
        : 0;

    /// <summary>Writes the mark into <paramref name="folder"/> (synced, then renamed over the old one).</summary>
    /// <exception cref="IOException">The disk refused it (the caller goes on: the mark only saves replay time).</exception>
    public void Write(string folder)
    {
        var path = Path.Combine(folder, FileName);
        var temporary = path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            file.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Segment} {Records}\n")));
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Removes the mark from <paramref name="folder"/>: the segments it names are gone (segment numbers start again at 1 in an empty spool).</summary>
    public static void Clear(string folder) => File.Delete(Path.Combine(folder, FileName));
}
