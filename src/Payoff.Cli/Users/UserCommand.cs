using System.CommandLine;
using System.Globalization;
using Payoff.Cli.Output;
using Payoff.Core.Access;
using Payoff.Storage;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;
using Spectre.Console;

namespace Payoff.Cli.Users;

/// <summary><c>payoff user add|list|grant|revoke|remove</c>: dashboard accounts and their roles per workspace.</summary>
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
        return user;
    }

    private static Option<Role> RoleOption() => new("--role")
    {
        Description = "owner, admin, editor or viewer (default viewer: reads only).",
        DefaultValueFactory = _ => Role.Viewer,
    };

    private static Command Add(CliContext context)
    {
        var email = new Argument<string>("EMAIL") { Description = "The sign-in e-mail address." };
        var role = RoleOption();
        var fromStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input (default: generate one and print it once)." };
        var command = new Command("add", "Create an account with a role in the selected workspace (-w).") { email, role, fromStdin };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var address = parse.GetValue(email)!.Trim();
            if (address.Length is < 3 or > 254 || !address.Contains('@', StringComparison.Ordinal) || address.Any(char.IsWhiteSpace))
            {
                throw new CliException($"'{address}' is not an e-mail address.");
            }

            var generated = !parse.GetValue(fromStdin);
            var password = generated ? Passwords.Generate() : (await Console.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r', '\n');
            if (Passwords.Problem(password) is { } problem)
            {
                throw new CliException(problem);
            }

            using var db = context.Open(parse.GetValue(GlobalOptions.Database));
            var workspace = await context.WorkspaceAsync(db, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
            var store = new DuckDbUserStore(db);
            UserAccount account;
            try
            {
                account = store.Add(address, Passwords.Hash(password!));
            }
            catch (StoreException ex)
            {
                throw new CliException($"{ex.Message} Give it a role here with 'payoff user grant {address} --role …'.");
            }

            store.Grant(account.Id, workspace, parse.GetValue(role));
            context.Console.MarkupLine($"Account {Display.Text(account.Email)} created: {parse.GetValue(role).ToString().ToLowerInvariant()} of workspace {Display.Text(workspace.Name)}.");
            if (generated)
            {
                context.Console.MarkupLine($"Password (shown once): [bold]{Display.Text(password)}[/]");
            }

            return 0;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List the accounts and their workspaces.");
        command.SetAction(parse =>
        {
            using var db = context.Open(parse.GetValue(GlobalOptions.Database));
            var store = new DuckDbUserStore(db);
            var table = new Table().Border(TableBorder.Rounded).AddColumns("#", "E-mail", "Workspaces (role)", "Created (UTC)");
            foreach (var u in store.List())
            {
                table.AddRow(
                    u.Id.ToString(CultureInfo.InvariantCulture),
                    Display.Text(u.Email),
                    Display.Text(string.Join(", ", store.Memberships(u.Id).Select(m => $"{m.WorkspaceName} ({m.Role.ToString().ToLowerInvariant()})"))),
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
            using var db = context.Open(parse.GetValue(GlobalOptions.Database));
            var workspace = await context.WorkspaceAsync(db, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
            var store = new DuckDbUserStore(db);
            var account = store.Find(parse.GetValue(email)!) ?? throw new CliException($"No account {parse.GetValue(email)}; create it with 'payoff user add'.");
            store.Grant(account.Id, workspace, parse.GetValue(role));
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
            using var db = context.Open(parse.GetValue(GlobalOptions.Database));
            var workspace = await context.WorkspaceAsync(db, parse.GetValue(GlobalOptions.Workspace), cancellationToken);
            var store = new DuckDbUserStore(db);
            var account = store.Find(parse.GetValue(email)!) ?? throw new CliException($"No account {parse.GetValue(email)}.");
            if (!store.Revoke(account.Id, workspace))
            {
                throw new CliException($"{account.Email} has no access to workspace {workspace.Name}.");
            }

            context.Console.MarkupLine($"{Display.Text(account.Email)} no longer sees workspace {Display.Text(workspace.Name)}.");
            return 0;
        });
        return command;
    }

    private static Command Remove(CliContext context)
    {
        var email = new Argument<string>("EMAIL") { Description = "The account." };
        var command = new Command("remove", "Delete an account and all its access.") { email };
        command.SetAction(parse =>
        {
            using var db = context.Open(parse.GetValue(GlobalOptions.Database));
            var store = new DuckDbUserStore(db);
            var account = store.Find(parse.GetValue(email)!) ?? throw new CliException($"No account {parse.GetValue(email)}.");
            store.Remove(account.Id);
            context.Console.MarkupLine($"Account {Display.Text(account.Email)} deleted.");
            return 0;
        });
        return command;
    }
}
