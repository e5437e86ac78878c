using Microsoft.Extensions.DependencyInjection;

namespace Payoff.Publishing;

/// <summary>Registers the report files, the mailer and the scheduler's work with a host's container (CLI and server).</summary>
public static class PayoffPublishing
{
    /// <summary>Adds Payoff.Publishing's services; the host adds the store, the clock and <c>AddPayoffApplication</c>.</summary>
    public static IServiceCollection AddPayoffPublishing(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddScoped<Files.ReportFiles>();
    }
}
