using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Payoff.Application.Access;
using Payoff.Cli.Output;
using Payoff.Core.Access;
using Spectre.Console;

namespace Payoff.Cli.Access;

/// <summary><c>payoff key create|list|revoke</c>: API keys for server-side events and the API.</summary>
public static class KeyCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("key", "Create, list and revoke API keys (sent as X-Payoff-Key).");
        var name = new Argument<string>("NAME") { Description = "What the key is for (e.g. 'shop backend')." };
        var scope = new Option<string>("--scope") { Description = "read or write (write can send events and create links).", DefaultValueFactory = _ => "read" };
        scope.AcceptOnlyFromAmong("read", "write");
        var create = new Command("create", "Create a key; its secret is printed once and stored only as a hash.") { name, scope };
        create.SetAction(async (parse, cancellationToken) =>
        {
            using var store = context.OpenStore(parse);
            await using var services = CliServices.Create(store, context.Time);
            var workspace = await context.WorkspaceAsync(store, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
            var (key, secret) = await services.GetRequiredService<ApiKeysHandler>().CreateAsync(workspace, parse.GetValue(name), Enum.Parse<ApiKeyScope>(parse.GetValue(scope)!, ignoreCase: true), cancellationToken);
            context.Error.WriteLine($"Created {key.Scope.ToString().ToLowerInvariant()} key #{key.Id} for workspace {workspace.Name}. Copy the secret now; it is not shown again:");
            context.Out.WriteLine(secret);
            return 0;
        });
        var list = new Command("list", "List the workspace's keys (never their secrets).");
        list.SetAction(async (parse, cancellationToken) =>
        {
            using var store = context.OpenStore(parse);
            await using var session = await store.OpenSessionAsync(cancellationToken);
            var workspace = await context.WorkspaceAsync(session, store, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
            var table = new Table().Border(TableBorder.Rounded).AddColumns("Id", "Name", "Starts with", "Scope", "Created", "Revoked");
            foreach (var k in await session.ApiKeys.ListAsync(workspace, cancellationToken))
            {
                table.AddRow(k.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Display.Text(k.Name), k.Prefix + "…", k.Scope.ToString().ToLowerInvariant(), $"{k.CreatedAt:yyyy-MM-dd}", k.RevokedAt is { } r ? $"{r:yyyy-MM-dd}" : string.Empty);
            }

            context.Console.Write(table);
            return 0;
        });
        var id = new Argument<long>("ID") { Description = "The key's id (from 'payoff key list')." };
        var revoke = new Command("revoke", "Revoke a key; it stops working at once (or within 30 s on a running server).") { id };
        revoke.SetAction(async (parse, cancellationToken) =>
        {
            using var store = context.OpenStore(parse);
            await using var services = CliServices.Create(store, context.Time);
            var workspace = await context.WorkspaceAsync(store, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
            await services.GetRequiredService<ApiKeysHandler>().RevokeAsync(workspace, parse.GetValue(id), cancellationToken);

            context.Console.MarkupLine($"Revoked key #{parse.GetValue(id)}.");
            return 0;
        });
        command.Add(create);
        command.Add(list);
        command.Add(revoke);
        return command;
    }
}
