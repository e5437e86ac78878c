using System.Text.Json;

namespace Payoff.Publishing.Mail;

/// <summary>
/// Where Payoff sends e-mail: <c>PAYOFF_SMTP_URL</c> (<c>smtp://HOST:PORT</c>, STARTTLS when the server offers it, port 25
/// by default; <c>smtps://HOST:PORT</c>, TLS from the start, port 465 by default), <c>PAYOFF_SMTP_USER</c>,
/// <c>PAYOFF_SMTP_PASSWORD</c> and <c>PAYOFF_SMTP_FROM</c> — from the environment, else the same keys in the JSON file
/// named by <c>PAYOFF_CONFIG</c>, else in <c>payoff.json</c> beside the database. Credentials are never stored in the database.
/// </summary>
/// <param name="Host">The server's host.</param>
/// <param name="Port">Its port.</param>
/// <param name="Tls">True for <c>smtps://</c> (TLS on connect); false for <c>smtp://</c> (STARTTLS when offered).</param>
/// <param name="User">The user to authenticate as, or null for none.</param>
/// <param name="Password">The password, or null.</param>
/// <param name="From">The sender address (<c>PAYOFF_SMTP_FROM</c>).</param>
public sealed record SmtpSettings(string Host, int Port, bool Tls, string? User, string? Password, string From)
{
    /// <summary>The keys, as environment variables and as the config file's properties.</summary>
    public static readonly IReadOnlyList<string> Keys = ["PAYOFF_SMTP_URL", "PAYOFF_SMTP_USER", "PAYOFF_SMTP_PASSWORD", "PAYOFF_SMTP_FROM"];

    /// <summary>
    /// The settings for the database at <paramref name="databasePath"/>, or null when no <c>PAYOFF_SMTP_URL</c> is set anywhere.
    /// </summary>
    /// <exception cref="SmtpConfigException">A value is wrong or the config file cannot be read (the message names the key or file).</exception>
    public static SmtpSettings? Load(string? databasePath, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var file = environment("PAYOFF_CONFIG") is { Length: > 0 } named ? named
            : databasePath is null ? null
            : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath)) ?? ".", "payoff.json");
        var fromFile = file is not null && File.Exists(file) ? ReadFile(file) : new Dictionary<string, string>();
        if (environment("PAYOFF_CONFIG") is { Length: > 0 } required && !File.Exists(required))
        {
            throw new SmtpConfigException($"PAYOFF_CONFIG names {required}, which does not exist.");
        }

        string? Get(string key) => environment(key) is { Length: > 0 } value ? value : fromFile.GetValueOrDefault(key);
        if (Get("PAYOFF_SMTP_URL") is not { } url)
        {
            return null;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("smtp" or "smtps") || uri.Host.Length == 0)
        {
            throw new SmtpConfigException($"PAYOFF_SMTP_URL '{url}' is not smtp://HOST:PORT or smtps://HOST:PORT.");
        }

        if (uri.UserInfo.Length > 0)
        {
            throw new SmtpConfigException("PAYOFF_SMTP_URL holds a user or password: give them in PAYOFF_SMTP_USER and PAYOFF_SMTP_PASSWORD instead.");
        }

        var tls = uri.Scheme == "smtps";
        var from = Get("PAYOFF_SMTP_FROM") ?? throw new SmtpConfigException("PAYOFF_SMTP_FROM is not set: give the address reports are sent from (reports@example.com).");
        if (!Core.Publishing.Addresses.IsPlain(from))
        {
            throw new SmtpConfigException($"PAYOFF_SMTP_FROM '{from}' is not an e-mail address.");
        }

        return new SmtpSettings(uri.Host, uri.IsDefaultPort || uri.Port <= 0 ? (tls ? 465 : 25) : uri.Port, tls, Get("PAYOFF_SMTP_USER"), Get("PAYOFF_SMTP_PASSWORD"), from);
    }

    /// <summary>The server as people read it, without credentials: <c>smtp://127.0.0.1:2525</c>.</summary>
    public override string ToString() => $"{(Tls ? "smtps" : "smtp")}://{Host}:{Port}";

    private static Dictionary<string, string> ReadFile(string file)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new SmtpConfigException($"{file}: the file must hold one JSON object with keys such as PAYOFF_SMTP_URL.");
            }

            foreach (var property in json.RootElement.EnumerateObject())
            {
                if (Keys.Contains(property.Name))
                {
                    values[property.Name] = property.Value.ValueKind == JsonValueKind.String
                        ? property.Value.GetString()!
                        : throw new SmtpConfigException($"{file}: {property.Name} must be a string.");
                }
            }

            return values;
        }
        catch (JsonException e)
        {
            throw new SmtpConfigException($"{file} is not valid JSON (line {e.LineNumber + 1}): {e.Message}");
        }
        catch (IOException e)
        {
            throw new SmtpConfigException($"{file} could not be read: {e.Message}");
        }
    }
}

/// <summary>The e-mail settings are wrong; the message names the key or file.</summary>
public sealed class SmtpConfigException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SmtpConfigException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public SmtpConfigException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public SmtpConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
