namespace Payoff.Core.Access;

/// <summary>A stored API key. The secret itself is never stored, only its SHA-256.</summary>
/// <param name="Id">The key's id.</param>
/// <param name="WorkspaceId">The only workspace it opens.</param>
/// <param name="Name">What the owner called it.</param>
/// <param name="Prefix">The first characters of the secret, to recognise it in lists.</param>
/// <param name="Scope">Read or write.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="RevokedAt">When it was revoked; a revoked key opens nothing.</param>
public sealed record ApiKey(long Id, long WorkspaceId, string Name, string Prefix, ApiKeyScope Scope, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
