using Payoff.Core.Access;

namespace Payoff.Storage;

/// <summary>The checks every engine's <see cref="ISharedLimitsStore"/> makes.</summary>
internal static class SharedLimits
{
    /// <exception cref="ArgumentException">The entry has no address or id.</exception>
    public static void Check(SignInEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Ip);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Id);
        ArgumentNullException.ThrowIfNull(entry.Email);
    }
}
