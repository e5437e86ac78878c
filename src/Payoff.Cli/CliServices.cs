using Microsoft.Extensions.DependencyInjection;
using Payoff.Application;
using Payoff.Core.Stores;

namespace Payoff.Cli;

/// <summary>The CLI's container for one command: the application layer's handlers over the command's store and clock.</summary>
public static class CliServices
{
    /// <summary>A container with every handler (<see cref="PayoffApplication.AddPayoffApplication"/>), <paramref name="store"/> and <paramref name="time"/>; dispose it when the command is done (the store stays the caller's).</summary>
    public static ServiceProvider Create(IStore store, TimeProvider time)
    {
        var services = new ServiceCollection();
        services.AddSingleton(store);
        services.AddSingleton(time);
        services.AddPayoffApplication();
        return services.BuildServiceProvider();
    }
}
