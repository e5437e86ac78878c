using Payoff.Application.Requests;
using Payoff.Core.Publishing;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Application.Publishing;

/// <summary>The report archive: every sent or downloaded report file, with when it went to whom (<c>payoff archive …</c>, the settings page).</summary>
/// <param name="store">The store a session is opened on.</param>
/// <param name="time">The clock.</param>
public sealed class ArchiveHandler(IStore store, TimeProvider time) : IApplicationHandler
{
    /// <summary>The archived files, newest first.</summary>
    public async Task<IReadOnlyList<ArchivedReport>> ListAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken);
        return await session.Publishing.ArchiveListAsync(workspace, cancellationToken);
    }

    /// <summary>An archived file with its bytes.</summary>
    /// <exception cref="RequestException">The workspace has no archived file <paramref name="id"/>, or an erasure request deleted it.</exception>
    public async Task<(ArchivedReport Report, byte[] Content)> FileAsync(Workspace workspace, long id, CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenSessionAsync(cancellationToken);
        var found = await session.Publishing.ArchiveFileAsync(workspace, id, cancellationToken) ?? throw new RequestException("id", $"The archive holds no file {id} (payoff archive list).");
        return found.Report.ErasedAt is { } erased
            ? throw new RequestException("id", $"File {id} was deleted by an erasure request on {erased:yyyy-MM-dd}.")
            : found;
    }

    /// <summary>
    /// An erasure request: deletes every archived file that names <paramref name="person"/> (an advocate's code or contact id, a
    /// recipient's address) and replaces the address among recipients; returns how many files changed. The rows stay, marked erased.
    /// </summary>
    /// <exception cref="RequestException">No person given.</exception>
    public async Task<int> EraseAsync(Workspace workspace, string? person, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(person))
        {
            throw new RequestException("person", "Name the person to erase: an e-mail address, an advocate's code or a contact id.");
        }

        await using var session = await store.OpenSessionAsync(cancellationToken);
        return await session.Publishing.EraseFromArchiveAsync(workspace, person, time.GetUtcNow(), cancellationToken);
    }
}
