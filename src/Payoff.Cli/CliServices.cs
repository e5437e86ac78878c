using Microsoft.Extensions.DependencyInjection;
using Payoff.Application;
using Payoff.Core.Stores;

namespace Payoff.Cli;

/// <summary>
/// The services of one CLI command: the application's handlers over the command's store and clock, built
/// the way the web registers them, so a command gets its handler from the same container shape.
/// </summary>
public static class CliServices
{
    /// <summary>A container with every handler (<see cref="PayoffApplication.AddPayoffApplication"/>), <paramref name="store"/> and <paramref name="time"/>; dispose it with the command.</summary>
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
