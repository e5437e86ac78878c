using System.Text.RegularExpressions;
using Payoff.Core.Access;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;

namespace Payoff.Cli.Tests;

public sealed partial class UserCommandTests
{
    [Fact]
    public void User_add_prints_a_one_time_invitation_link_and_sets_no_password()
    {
        // Issue 13 §4.2: nobody but the person sees or sets their password; 'user add' printed a generated one.
        using var cli = new CliRun();
        var run = cli.Run("user", "add", "Owner@Example.com", "--role", "owner", "--public-url", "https://payoff.example.org/");
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.DoesNotContain("Password", run.Out, StringComparison.Ordinal);
        var token = LinkPattern().Match(run.Out);
        Assert.True(token.Success, run.Out);

        using (var db = DuckDbDatabase.Open(cli.Database, cli.Time))
        {
            Assert.Null(new DuckDbUserStore(db).Find("owner@example.com"));
            var invitation = new DuckDbInvitationStore(db).FindOpen(token.Groups[1].Value)!;
            Assert.Equal((InvitationKind.Invite, "owner@example.com", Role.Owner), (invitation.Kind, invitation.Email, invitation.Role));
            Assert.Null(new DuckDbInvitationStore(db).FindOpen(token.Groups[1].Value + "x"));
            Assert.Equal(0, db.Scalar<long>("SELECT count(*) FROM invitations WHERE secret_hash LIKE '%' || $1 || '%'", token.Groups[1].Value.Split('.')[1]));
        }

        cli.Time.Advance(Invitation.InviteLifetime);
        using (var db = DuckDbDatabase.Open(cli.Database, cli.Time))
        {
            Assert.Null(new DuckDbInvitationStore(db).FindOpen(token.Groups[1].Value));
        }

        Assert.NotEqual(0, cli.Run("user", "add", "not-an-address").ExitCode);
    }

    [Fact]
    public void User_grant_revoke_and_remove_manage_existing_accounts()
    {
        using var cli = new CliRun();
        AddAccount(cli, "owner@example.com");
        Assert.NotEqual(0, cli.Run("user", "add", "owner@example.com").ExitCode);
        Assert.Equal(0, cli.Run("workspace", "add", "client-a").ExitCode);
        Assert.Equal(0, cli.Run("user", "grant", "owner@example.com", "-w", "client-a", "--role", "viewer").ExitCode);
        var list = cli.Run("user", "list");
        Assert.Contains("client-a (viewer)", list.Out, StringComparison.Ordinal);
        Assert.Equal(0, cli.Run("user", "revoke", "owner@example.com", "-w", "client-a").ExitCode);
        Assert.NotEqual(0, cli.Run("user", "revoke", "owner@example.com", "-w", "client-a").ExitCode);
        Assert.Equal(0, cli.Run("user", "remove", "owner@example.com").ExitCode);
    }

    [Fact]
    public void User_reset_prints_a_one_time_link_for_a_forgotten_password()
    {
        using var cli = new CliRun();
        AddAccount(cli, "forgetful@example.com");

        var run = cli.Run("user", "reset", "forgetful@example.com");

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        using var db = DuckDbDatabase.Open(cli.Database, cli.Time);
        var invitation = new DuckDbInvitationStore(db).FindOpen(LinkPattern().Match(run.Out).Groups[1].Value)!;
        Assert.Equal((InvitationKind.Reset, "forgetful@example.com"), (invitation.Kind, invitation.Email));
        Assert.True(new DuckDbInvitationStore(db).Use(invitation));
        Assert.False(new DuckDbInvitationStore(db).Use(invitation));
        Assert.NotEqual(0, cli.Run("user", "reset", "nobody@example.com").ExitCode);
    }

    [Fact]
    public void An_argument_starting_with_at_is_a_value_not_a_response_file()
    {
        // Issue 13 §4.6: --term '@SUM(1)' was read as a response file named SUM(1).
        using var cli = new CliRun();
        var run = cli.Run("link", "create", "--to", "https://example.com/", "--source", "facebook", "--medium", "social", "--campaign", "spring", "--term", "@SUM(1)", "--any-domain", "--slug", "at");
        Assert.True(run.ExitCode == 0, run.Out + run.Error);

        using var db = DuckDbDatabase.Open(cli.Database, cli.Time);
        Assert.Equal("@SUM(1)", db.Scalar<string>("SELECT term FROM links WHERE slug = 'at'"));
    }

    [Fact]
    public void Password_rules_refuse_short_and_oversized_passwords()
    {
        Assert.NotNull(Passwords.Problem("short"));
        Assert.NotNull(Passwords.Problem(new string('x', 129)));
        Assert.Null(Passwords.Problem("a long enough passphrase"));
        Assert.NotEqual(Passwords.Generate(), Passwords.Generate());
    }

    private static void AddAccount(CliRun cli, string email)
    {
        using var db = DuckDbDatabase.Open(cli.Database, cli.Time);
        var users = new DuckDbUserStore(db);
        users.Grant(users.Add(email, Passwords.Hash("a long enough password")).Id, new DuckDbWorkspaceStore(db).ListAsync().GetAwaiter().GetResult().Single(), Role.Owner);
    }

    [GeneratedRegex(@"/invite\?token=(\S+)")]
    private static partial Regex LinkPattern();
}
