namespace Payoff.Storage;

/// <summary>What every engine's <see cref="Core.Stores.IStore.TryLeaseAsync"/> shares: the name check and an in-process release.</summary>
internal static class JobLeases
{
    /// <summary>Returns <paramref name="name"/> when it holds only letters, digits and '_'.</summary>
    /// <exception cref="ArgumentException">It is empty, longer than 100 characters or holds another character.</exception>
    public static string Checked(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length is > 0 and <= 100 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? name
            : throw new ArgumentException($"A job lease is named with letters, digits and '_' (1 to 100), not '{name}'.", nameof(name));
    }

    /// <summary>Releases a semaphore once.</summary>
    public sealed class Release(SemaphoreSlim gate) : IAsyncDisposable
    {
        private int released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}
