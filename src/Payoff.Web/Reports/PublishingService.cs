using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Payoff.Core.Stores;
using Payoff.Publishing.Alerts;
using Payoff.Publishing.Schedules;

namespace Payoff.Web.Reports;

/// <summary>
/// Sends what is due when the server starts and every minute after: scheduled reports (<see cref="ScheduleRunner"/>: once per
/// period, a period missed while the server was down sent now) and alert e-mails (<see cref="AlertRunner"/>, each rule hourly).
/// A failed send is recorded with the server's answer and tried again with back-off; nothing here stops the server.
/// </summary>
public sealed partial class PublishingService(IServiceScopeFactory scopes, TimeProvider time, ILogger<PublishingService> logger) : BackgroundService
{
    /// <summary>How often due schedules are looked for.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                foreach (var run in await scope.ServiceProvider.GetRequiredService<ScheduleRunner>().RunDueAsync(stoppingToken))
                {
                    Ran(logger, run.PeriodKey, run.Status, run.Result);
                }

                await scope.ServiceProvider.GetRequiredService<AlertRunner>().CheckAsync(false, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is StoreException or InvalidOperationException or IOException or Application.Requests.RequestException)
            {
                Failed(logger, ex);
            }

            try
            {
                await Task.Delay(Every, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled report for {Period}: {Status} ({Result})")]
    private static partial void Ran(ILogger logger, string period, Payoff.Core.Publishing.ScheduleRunStatus status, string? result);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled reports and alerts could not run")]
    private static partial void Failed(ILogger logger, Exception exception);
}
