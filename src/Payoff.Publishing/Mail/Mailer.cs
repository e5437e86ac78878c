using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Payoff.Publishing.Mail;

/// <summary>Sends a message through the configured SMTP server with MailKit, one connection per message.</summary>
public interface IMailer
{
    /// <summary>Sends <paramref name="message"/>; returns the server's answer to the message ("250 2.0.0 Ok: queued as …").</summary>
    /// <exception cref="MailException">The server could not be reached or refused the message; the message is the server's answer.</exception>
    Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken = default);
}

/// <summary>The mailer of <see cref="SmtpSettings"/>: MailKit's <see cref="SmtpClient"/>, 30 s timeout.</summary>
/// <param name="settings">The server and credentials.</param>
public sealed class SmtpMailer(SmtpSettings settings) : IMailer
{
    /// <summary>The settings.</summary>
    public SmtpSettings Settings => settings;

    /// <inheritdoc />
    public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var client = new SmtpClient { Timeout = 30_000 };
        try
        {
            await client.ConnectAsync(settings.Host, settings.Port, settings.Tls ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
            if (settings.User is { } user)
            {
                await client.AuthenticateAsync(user, settings.Password ?? string.Empty, cancellationToken);
            }

            var answer = await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(true, cancellationToken);
            return answer;
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or AuthenticationException or IOException or System.Net.Sockets.SocketException or SslHandshakeException or TimeoutException)
        {
            throw new MailException($"{settings}: {e.Message}", e);
        }
    }
}

/// <summary>A message could not be sent; the message says by which server and its answer.</summary>
public sealed class MailException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MailException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public MailException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public MailException()
    {
    }
}
