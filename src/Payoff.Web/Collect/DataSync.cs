using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Payoff.Web.Collect;

/// <summary>
/// Makes written bytes durable. On Linux <c>fdatasync(2)</c>: it persists the data and, when it changed, the file
/// size, without the inode time stamps that make <c>fsync</c> wait for a journal commit. Into a pre-zeroed spool
/// segment (<see cref="SpoolSegment"/>) the size never changes, so it is a write of data blocks and a cache flush.
/// Elsewhere <see cref="RandomAccess.FlushToDisk"/>.
/// </summary>
internal static partial class DataSync
{
    /// <summary>Flushes the data of <paramref name="file"/> to stable storage.</summary>
    /// <exception cref="IOException">The kernel reported a write error (disk full, I/O error).</exception>
    public static void Flush(SafeFileHandle file)
    {
        if (!OperatingSystem.IsLinux())
        {
            RandomAccess.FlushToDisk(file);
            return;
        }

        if (FileDataSync(file) != 0)
        {
            throw new IOException($"fdatasync failed: {Marshal.GetLastPInvokeErrorMessage()}", Marshal.GetLastPInvokeError());
        }
    }

    /// <summary>Makes the entries of <paramref name="folder"/> durable (a file created or deleted in it), on Linux.</summary>
    /// <exception cref="IOException">The folder cannot be opened or synced.</exception>
    public static void FlushFolder(string folder)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var fd = Open(folder, 0);
        if (fd < 0)
        {
            throw new IOException($"Could not open {folder} to sync it: {Marshal.GetLastPInvokeErrorMessage()}", Marshal.GetLastPInvokeError());
        }

        try
        {
            if (FolderSync(fd) != 0)
            {
                throw new IOException($"fsync of {folder} failed: {Marshal.GetLastPInvokeErrorMessage()}", Marshal.GetLastPInvokeError());
            }
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [LibraryImport("libc", EntryPoint = "fdatasync", SetLastError = true)]
    private static partial int FileDataSync(SafeFileHandle fd);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int FolderSync(int fd);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}
