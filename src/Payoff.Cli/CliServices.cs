using Microsoft.Extensions.DependencyInjection;
using Payoff.Application;
using Payoff.Core.Stores;

namespace Payoff.Cli;

/// <summary>
/// The CLI's container, one per command: the application layer's handlers over the command's store and clock,
/// so a command gets its handler the way the web does (<c>GetRequiredService&lt;THandler&gt;()</c>).
/// </summary>
public static class CliServices
{
    /// <summary>A container with every handler, <paramref name="store"/> as <see cref="IStore"/> and <paramref name="time"/>; dispose it with the command.</summary>
    public static ServiceProvider Create(IStore store, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        var services = new ServiceCollection();
        services.AddSingleton(store);
        services.AddSingleton(time);
        services.AddPayoffApplication();
        return services.BuildServiceProvider();
    }
}
