using Microsoft.Extensions.DependencyInjection;
using Payoff.Core.Stores;
using Payoff.Publishing.Mail;

namespace Payoff.Publishing;

/// <summary>Registers the report files, the mailer and the scheduler with a host's container (CLI and server).</summary>
public static class PayoffPublishing
{
    /// <summary>
    /// Adds Payoff.Publishing's services; the host adds the store, the clock and <c>AddPayoffApplication</c>.
    /// <paramref name="environment"/> reads the <c>PAYOFF_SMTP_*</c> and <c>PAYOFF_CONFIG</c> settings (<see cref="SmtpSettings.Load"/>),
    /// read again at each send so a changed <c>payoff.json</c> needs no restart.
    /// </summary>
    public static IServiceCollection AddPayoffPublishing(this IServiceCollection services, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(environment);
        return services
            .AddScoped<Files.ReportFiles>()
            .AddScoped<Schedules.ScheduleRunner>()
            .AddScoped<Alerts.AlertRunner>()
            .AddSingleton<Func<IMailer>>(provider => () => Mailer(provider.GetRequiredService<IStore>(), environment));
    }

    /// <summary>The mailer of the settings for <paramref name="store"/>'s database.</summary>
    /// <exception cref="SmtpConfigException">E-mail is not set up, or a setting is wrong.</exception>
    public static IMailer Mailer(IStore store, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(store);
        var settings = SmtpSettings.Load(store.Location, environment)
            ?? throw new SmtpConfigException("E-mail is not set up: set PAYOFF_SMTP_URL (smtp://HOST:PORT) and PAYOFF_SMTP_FROM, in the environment or in payoff.json beside the database (docs/REPORTS.md).");
        return new SmtpMailer(settings);
    }
}
