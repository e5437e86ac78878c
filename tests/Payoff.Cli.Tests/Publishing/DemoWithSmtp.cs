namespace Payoff.Cli.Tests.Publishing;

/// <summary>
/// The base of the e-mail tests: a demo workspace of 3,000 sessions (the CLI's clock: Tuesday 2025-07-15 12:00 UTC) and a
/// real SMTP server (<see cref="SmtpSink"/>) its <c>PAYOFF_SMTP_*</c> settings point at; both gone after the test.
/// </summary>
public abstract class DemoWithSmtp : IDisposable
{
    protected DemoWithSmtp()
    {
        var demo = Cli.Run("demo", "--no-serve", "--sessions", "3000");
        Assert.True(demo.ExitCode == 0, demo.Error);
        Smtp.Configure(Cli.Environment);
    }

    /// <summary>The CLI over the test's database.</summary>
    protected CliRun Cli { get; } = new();

    /// <summary>The SMTP server, with every message it received.</summary>
    protected SmtpSink Smtp { get; } = new();

    /// <inheritdoc />
    public void Dispose()
    {
        Smtp.Dispose();
        Cli.Dispose();
        GC.SuppressFinalize(this);
    }
}
