using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Payoff.Storage.DuckDb;
using Payoff.Web.Access;
using Xunit.Abstractions;

namespace Payoff.Web.Tests;

/// <summary>Sign-in throttling that slows guessing without locking the owner out (issue 13 §4.4).</summary>
public sealed class SignInThrottleTests(ITestOutputHelper output)
{
    private const string Owner = "owner@example.com";
    private const string Password = "correct horse battery";
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task Forty_parallel_guesses_get_five_password_checks_and_the_owner_still_signs_in_from_elsewhere()
    {
        // Regression: 40 parallel attempts got 7 password checks, and five wrong passwords locked the
        // account for everyone (its owner's right password was refused).
        await using var app = App();
        var guesses = await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            var html = await (await From("10.0.0.66", app).SignInAsync(Owner, $"wrong guess {i}")).Content.ReadAsStringAsync();
            return html.Contains("do not match an account", StringComparison.Ordinal);
        }));
        Assert.Equal(LoginThrottle.FreeAttempts, guesses.Count(checkedPassword => checkedPassword));

        var guesser = await From("10.0.0.66", app).SignInAsync(Owner, Password);
        Assert.Contains("Too many failed attempts", await guesser.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await From("192.0.2.7", app).SignInAsync(Owner, Password)).StatusCode);

        // The wait grows gradually: after a second the guesser may try once more.
        clock.Advance(TimeSpan.FromSeconds(1.5));
        Assert.Equal(HttpStatusCode.Redirect, (await From("10.0.0.66", app).SignInAsync(Owner, Password)).StatusCode);
    }

    [Fact]
    public void The_shared_throttle_replaying_the_stored_history_gives_every_verdict_the_in_memory_one_gives()
    {
        // 400 attempts and successes of three accounts from one address over about an hour, some in bursts: each verdict of
        // the replay over the history so far (what every node computes from the store) equals the in-memory throttle's.
        var random = new Random(7);
        var throttle = new LoginThrottle(new WebOptions { DatabasePath = "unused", Time = clock });
        var history = new List<Payoff.Core.Access.SignInEntry>();
        for (var i = 0; i < 400; i++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(random.Next(4) == 0 ? random.Next(60_000) : random.Next(1_500)));
            var email = $"user{random.Next(3)}@example.com";
            var now = clock.GetUtcNow();
            if (random.Next(10) == 0)
            {
                throttle.Succeeded("10.0.0.9", email);
                history.Add(new("10.0.0.9", email, now, Succeeded: true, $"s{i}"));
                continue;
            }

            history.Add(new("10.0.0.9", email, now, Succeeded: false, $"a{i}"));
            Assert.Equal(throttle.TryBegin("10.0.0.9", email), LoginThrottle.Replay(history, $"a{i}", now));
        }

        Assert.Contains(history, e => !e.Succeeded && LoginThrottle.Replay(history[..(history.IndexOf(e) + 1)], e.Id, e.At) is not null); // some were refused
    }

    [Fact]
    public void The_wait_doubles_with_each_failure_and_a_success_on_another_account_does_not_clear_an_address()
    {
        var throttle = new LoginThrottle(new WebOptions { DatabasePath = "unused", Time = clock });
        for (var i = 0; i < LoginThrottle.FreeAttempts; i++)
        {
            Assert.Null(throttle.TryBegin("10.0.0.1", "a@example.com"));
        }

        Assert.Equal(TimeSpan.FromSeconds(1), throttle.TryBegin("10.0.0.1", "a@example.com"));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(throttle.TryBegin("10.0.0.1", "a@example.com"));
        Assert.Equal(TimeSpan.FromSeconds(2), throttle.TryBegin("10.0.0.1", "a@example.com"));
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Null(throttle.TryBegin("10.0.0.1", "a@example.com"));
        Assert.Equal(TimeSpan.FromSeconds(4), throttle.TryBegin("10.0.0.1", "a@example.com"));
        clock.Advance(LoginThrottle.Window + TimeSpan.FromSeconds(1));
        Assert.Null(throttle.TryBegin("10.0.0.1", "a@example.com"));

        // One address spraying many accounts: its budget over all accounts is not cleared by a success elsewhere.
        var sprayer = new LoginThrottle(new WebOptions { DatabasePath = "unused", Time = clock });
        for (var i = 0; i < LoginThrottle.MaxAddressFailures - 1; i++)
        {
            Assert.Null(sprayer.TryBegin("10.0.0.2", $"user{i}@example.com"));
        }

        Assert.Null(sprayer.TryBegin("10.0.0.2", "mine@example.com"));
        sprayer.Succeeded("10.0.0.2", "mine@example.com");
        Assert.Null(sprayer.TryBegin("10.0.0.2", "next@example.com"));
        Assert.NotNull(sprayer.TryBegin("10.0.0.2", "another@example.com"));
    }

    [Fact]
    public async Task An_unknown_email_is_answered_in_the_same_time_as_a_known_one()
    {
        await using var app = App();
        await From("10.0.0.1", app).SignInAsync(Owner, "warm up the hasher");

        // Known and unknown attempts alternate, so warm-up and machine load fall on both alike. Skipping
        // the hash for an unknown e-mail makes its answer 10–20 times faster (a lookup against a
        // PBKDF2 verification); the band only has to catch that, not a shared machine's noise.
        var (known, unknown) = (new List<double>(), new List<double>());
        for (var i = 0; i < 8; i++)
        {
            foreach (var (email, times) in new[] { (Owner, known), ($"nobody{i}@example.com", unknown) })
            {
                var browser = From($"10.0.{(times == known ? 1 : 2)}.{i}", app);
                await browser.GetAsync("/login");
                var watch = Stopwatch.StartNew();
                await browser.SignInAsync(email, "a wrong password");
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        static double Median(List<double> times) => times.Order().ElementAt(times.Count / 2);
        output.WriteLine($"median sign-in with a wrong password: known e-mail {Median(known):0} ms, unknown e-mail {Median(unknown):0} ms");
        Assert.InRange(Median(unknown) / Median(known), 0.25, 4);
    }

    private PayoffAppFactory App()
    {
        var app = new PayoffAppFactory();
        app.Options = app.Options with { Time = clock };
        app.Configure = b => b.Services.AddSingleton<IStartupFilter>(new PeerAddressFromHeader());
        return app.WithSite(seed: (db, workspace) =>
        {
            var users = new DuckDbUserStore(db);
            users.Grant(users.Add(Owner, Passwords.Hash(Password)).Id, workspace, Payoff.Core.Access.Role.Owner);
        });
    }

    private static SignedInBrowser From(string address, PayoffAppFactory app)
    {
        var client = app.Client();
        client.DefaultRequestHeaders.Add(PeerAddressFromHeader.Header, address);
        return new SignedInBrowser(client);
    }

    // The test server has no peer address: this gives each test browser its own, as Kestrel would.
    private sealed class PeerAddressFromHeader : IStartupFilter
    {
        public const string Header = "X-Test-Peer";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, then) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return then(context);
            });
            next(app);
        };
    }
}
