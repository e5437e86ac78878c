using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Payoff.Application.Access;
using Payoff.Cli.Output;
using Payoff.Core.Access;
using Spectre.Console;

namespace Payoff.Cli.Users;

/// <summary>
/// <c>payoff user add|list|grant|revoke|remove|reset</c>: dashboard accounts and their roles per
/// workspace. Nobody but the person sees or sets their password: <c>add</c> and <c>reset</c> print a
/// one-time link where they set it.
/// </summary>
public static class UserCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var user = new Command("user", "Dashboard accounts: who may sign in, and their role (owner, admin, editor, viewer) in each workspace.");
        user.Add(Add(context));
        user.Add(List(context));
        user.Add(Grant(context));
        user.Add(Revoke(context));
        user.Add(Remove(context));
        user.Add(Reset(context));
        return user;
    }

    private static Option<Role> RoleOption() => new("--role")
    {
        Description = "owner, admin, editor or viewer (default viewer: reads only).",
        DefaultValueFactory = _ => Role.Viewer,
    };

    // The one-time link as the person opens it: nobody but them sees or sets their password (issue 13 §4.2).
    private static string Link(CliContext context, ParseResult parse, Option<string?> publicUrl, OneTimeToken token) =>
        $"{PublicUrlOption.Resolve(context, parse.GetValue(publicUrl))}/invite?token={token.Value}";

    private static Command Add(CliContext context)
    {
        var email = new Argument<string>("EMAIL") { Description = "The sign-in e-mail address." };
        var role = RoleOption();
        var publicUrl = PublicUrlOption.Create();
        var command = new Command("add", "Invite a new person with a role in the selected workspace (-w): prints a one-time link where they set their own password.") { email, role, publicUrl };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var address = UsersHandler.Email(parse.GetValue(email));
            using var store = context.OpenStore(parse);
            await using var services = CliServices.Create(store, context.Time);
            var workspace = await context.WorkspaceAsync(store, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
            var (_, token) = await services.GetRequiredService<UsersHandler>().InviteNewAsync(workspace, address, parse.GetValue(role), cancellationToken);
            context.Console.MarkupLine($"Invitation for {Display.Text(address)}: {parse.GetValue(role).ToString().ToLowerInvariant()} of workspace {Display.Text(workspace.Name)}.");
            context.Console.MarkupLine($"Send them this link (it works once, for {Invitation.InviteLifetime.TotalDays:0} days; they set their own password there):");
            context.Console.MarkupLine($"[bold]{Display.Text(Link(context, parse, publicUrl, token))}[/]");
            return 0;
        });
        return command;
    }

    private static Command Reset(CliContext context)
    {
        var email = new Argument<string>("EMAIL") { Description = "The account whose password was forgotten." };
        var publicUrl = PublicUrlOption.Create();
        var command = new Command("reset", "Print a one-time link where the person sets a new password (for a forgotten password; only here, on the server).") { email, publicUrl };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var store = context.OpenStore(parse);
            await using var services = CliServices.Create(store, context.Time);
            var (account, token) = await services.GetRequiredService<UsersHandler>().ResetPasswordAsync(parse.GetValue(email)!, cancellationToken);
            context.Console.MarkupLine($"Send {Display.Text(account.Email)} this link (it works once, for {Invitation.ResetLifetime.TotalHours:0} hours; setting the new password signs out every session):");
            context.Console.MarkupLine($"[bold]{Display.Text(Link(context, parse, publicUrl, token))}[/]");
            return 0;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List the accounts and their workspaces.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var store = context.OpenStore(parse);
            await using var session = await store.OpenSessionAsync(cancellationToken);
            var table = new Table().Border(TableBorder.Rounded).AddColumns("#", "E-mail", "Workspaces (role)", "Created (UTC)");
            foreach (var u in await session.Users.ListAsync(cancellationToken))
            {
                var memberships = await session.Users.MembershipsAsync(u.Id, cancellationToken);
                table.AddRow(
                    u.Id.ToString(CultureInfo.InvariantCulture),
                    Display.Text(u.Email),
                    Display.Text(string.Join(", ", memberships.Select(m => $"{m.WorkspaceName} ({m.Role.ToString().ToLowerInvariant()})"))),
                    u.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            }

            context.Console.Write(table);
            return 0;
        });
        return command;
    }

    private static Command Grant(CliContext context)
    {
        var email = new Argument<string>("EMAIL") { Description = "The account." };
        var role = RoleOption();
        var command = new Command("grant", "Give an account a role in the selected workspace (-w), replacing its role there.") { email, role };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var store = context.OpenStore(parse);
            await using var services = CliServices.Create(store, context.Time);
            var workspace = await context.WorkspaceAsync(store, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
            var account = await services.GetRequiredService<UsersHandler>().GrantAsync(workspace, parse.GetValue(email)!, parse.GetValue(role), cancellationToken);
            context.Console.MarkupLine($"{Display.Text(account.Email)} is {parse.GetValue(role).ToString().ToLowerInvariant()} of workspace {Display.Text(workspace.Name)}.");
            return 0;
        });
        return command;
    }

    private static Command Revoke(CliContext context)
    {
        var email = new Argument<string>("EMAIL") { Description = "The account." };
        var command = new Command("revoke", "Take an account's access to the selected workspace (-w) away.") { email };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var store = context.OpenStore(parse);
            await using var services = CliServices.Create(store, context.Time);
            var workspace = await context.WorkspaceAsync(store, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
            var account = await services.GetRequiredService<UsersHandler>().RevokeAsync(workspace, parse.GetValue(email)!, cancellationToken);
            context.Console.MarkupLine($"{Display.Text(account.Email)} no longer sees workspace {Display.Text(workspace.Name)}.");
            return 0;
        });
        return command;
    }

    private static Command Remove(CliContext context)
    {
        var email = new Argument<string>("EMAIL") { Description = "The account." };
        var command = new Command("remove", "Delete an account and all its access.") { email };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var store = context.OpenStore(parse);
            await using var services = CliServices.Create(store, context.Time);
            var account = await services.GetRequiredService<UsersHandler>().RemoveAsync(parse.GetValue(email)!, cancellationToken);
            context.Console.MarkupLine($"Account {Display.Text(account.Email)} deleted.");
            return 0;
        });
        return command;
    }
}
