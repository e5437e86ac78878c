using Microsoft.Extensions.DependencyInjection;
using Payoff.Application;
using Payoff.Core.Stores;

namespace Payoff.Cli;

/// <summary>The CLI's container of application handlers: built per command over the command's store.</summary>
public static class CliServices
{
    /// <summary>
    /// A provider of every application handler (<see cref="PayoffApplication.AddPayoffApplication"/>) over
    /// <paramref name="store"/> and <paramref name="time"/>. The caller disposes the provider, and the store
    /// after it: the provider does not own the store.
    /// </summary>
    public static ServiceProvider Create(IStore store, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        var services = new ServiceCollection();
        services.AddPayoffApplication();
#if !PAYOFF_NATIVE
        Payoff.Publishing.PayoffPublishing.AddPayoffPublishing(services);
#endif
        services.AddSingleton(store);
        services.AddSingleton(time);
        return services.BuildServiceProvider();
    }
}
