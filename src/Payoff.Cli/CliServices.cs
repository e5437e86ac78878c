using Microsoft.Extensions.DependencyInjection;
using Payoff.Application;
using Payoff.Core.Stores;

namespace Payoff.Cli;

/// <summary>The CLI's container of application handlers: built per command over the command's store.</summary>
public static class CliServices
{
    /// <summary>
    /// A provider of every application handler (<see cref="PayoffApplication.AddPayoffApplication"/>) over
    /// <paramref name="store"/> and <paramref name="time"/>; <paramref name="environment"/> holds the e-mail settings (<c>PAYOFF_SMTP_*</c>). The caller disposes the provider, and the store
    /// after it: the provider does not own the store.
    /// </summary>
    public static ServiceProvider Create(IStore store, TimeProvider time, IReadOnlyDictionary<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        var services = new ServiceCollection();
        services.AddPayoffApplication();
#if !PAYOFF_NATIVE
        Payoff.Publishing.PayoffPublishing.AddPayoffPublishing(services, name => environment?.GetValueOrDefault(name));
#endif
        services.AddSingleton(store);
        services.AddSingleton(time);
        return services.BuildServiceProvider();
    }
}
