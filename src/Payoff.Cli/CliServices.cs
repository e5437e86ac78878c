using Microsoft.Extensions.DependencyInjection;
using Payoff.Application;
using Payoff.Core.Stores;

namespace Payoff.Cli;

/// <summary>
/// The CLI's container, one per command: the application layer's handlers over the command's store and clock,
/// so a command resolves its handler exactly as the web does.
/// </summary>
public static class CliServices
{
    /// <summary>A provider of every handler over <paramref name="store"/> (not disposed with the provider: the command owns it) and <paramref name="time"/>.</summary>
    public static ServiceProvider Create(IStore store, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        var services = new ServiceCollection();
        services.AddPayoffApplication();
        services.AddSingleton(store);
        services.AddSingleton(time);
        return services.BuildServiceProvider();
    }
}
