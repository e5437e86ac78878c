using Microsoft.Extensions.DependencyInjection;

namespace Payoff.Application;

/// <summary>Registers the application layer in a host's container.</summary>
public static class PayoffApplication
{
    /// <summary>
    /// Registers every <see cref="IApplicationHandler"/> of this assembly as itself, scoped (one per web
    /// request or CLI command). The host registers the store (<see cref="Core.Stores.IStore"/>) and a
    /// <see cref="TimeProvider"/>.
    /// </summary>
    public static IServiceCollection AddPayoffApplication(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        foreach (var type in typeof(PayoffApplication).Assembly.GetTypes())
        {
            if (type is { IsClass: true, IsAbstract: false } && typeof(IApplicationHandler).IsAssignableFrom(type))
            {
                services.AddScoped(type);
            }
        }

        return services;
    }
}
