using System.Text.RegularExpressions;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;

namespace Payoff.Cli.Tests;

public sealed partial class UserCommandTests
{
    [Fact]
    public void User_add_prints_a_generated_password_once_and_stores_only_its_hash()
    {
        using var cli = new CliRun();
        var run = cli.Run("user", "add", "Owner@Example.com", "--role", "owner");
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        var password = PasswordPattern().Match(run.Out).Groups[1].Value;
        Assert.Equal(20, password.Length);

        using (var db = DuckDbDatabase.Open(cli.Database, cli.Time))
        {
            var store = new DuckDbUserStore(db);
            var account = store.Find("owner@example.com")!;
            Assert.DoesNotContain(password, account.PasswordHash, StringComparison.Ordinal);
            Assert.True(Passwords.Verify(account, password, out _));
            Assert.False(Passwords.Verify(account, password + "x", out _));
            Assert.Equal(Payoff.Core.Access.Role.Owner, Assert.Single(store.Memberships(account.Id)).Role);
        }

        Assert.NotEqual(0, cli.Run("user", "add", "owner@example.com").ExitCode);
        Assert.Equal(0, cli.Run("workspace", "add", "client-a").ExitCode);
        Assert.Equal(0, cli.Run("user", "grant", "owner@example.com", "-w", "client-a", "--role", "viewer").ExitCode);
        var list = cli.Run("user", "list");
        Assert.Contains("client-a (viewer)", list.Out, StringComparison.Ordinal);
        Assert.Equal(0, cli.Run("user", "revoke", "owner@example.com", "-w", "client-a").ExitCode);
        Assert.NotEqual(0, cli.Run("user", "revoke", "owner@example.com", "-w", "client-a").ExitCode);
        Assert.Equal(0, cli.Run("user", "remove", "owner@example.com").ExitCode);
        Assert.NotEqual(0, cli.Run("user", "add", "not-an-address").ExitCode);
    }

    [Fact]
    public void Password_rules_refuse_short_and_oversized_passwords()
    {
        Assert.NotNull(Passwords.Problem("short"));
        Assert.NotNull(Passwords.Problem(new string('x', 129)));
        Assert.Null(Passwords.Problem("a long enough passphrase"));
        Assert.NotEqual(Passwords.Generate(), Passwords.Generate());
    }

    [GeneratedRegex(@"Password \(shown once\): (\S+)")]
    private static partial Regex PasswordPattern();
}
