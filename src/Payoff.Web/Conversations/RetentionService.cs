using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Payoff.Application.Conversations;
using Payoff.Core.Stores;

namespace Payoff.Web.Conversations;

/// <summary>
/// Applies every workspace's conversation retention (<see cref="ConversationsHandler.ApplyRetentionAsync"/>) when the
/// server starts and every six hours after, so old message text and authors are deleted without anyone asking.
/// </summary>
public sealed partial class RetentionService(IServiceScopeFactory scopes, IStore store, TimeProvider time, ILogger<RetentionService> logger) : BackgroundService
{
    /// <summary>How often retention is applied.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromHours(6);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // never hold up the server's start
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var handler = scope.ServiceProvider.GetRequiredService<ConversationsHandler>();
                IReadOnlyList<Payoff.Core.Workspaces.Workspace> workspaces;
                await using (var session = await store.OpenSessionAsync(stoppingToken))
                {
                    workspaces = await session.Workspaces.ListAsync(stoppingToken);
                }

                foreach (var workspace in workspaces)
                {
                    var expired = await handler.ApplyRetentionAsync(workspace, time.GetUtcNow(), stoppingToken);
                    if (expired > 0)
                    {
                        Expired(logger, expired, workspace.Name);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is StoreException or InvalidOperationException or IOException)
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention deleted the text and authors of {Messages} messages in workspace {Workspace}.")]
    private static partial void Expired(ILogger logger, long messages, string workspace);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Conversation retention could not run; it is tried again in six hours.")]
    private static partial void Failed(ILogger logger, Exception exception);
}
