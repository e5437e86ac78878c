namespace Payoff.Core.Access;

/// <summary>
/// A role or an API key's scope as a person reads it on a page ("Admin", "Read only"). The machine names that
/// forms, JSON and the CLI carry (<c>admin</c>, <c>read</c>) are the lower-case member names and do not change.
/// </summary>
public static class AccessLabels
{
    /// <summary>"Owner", "Admin", "Editor" or "Viewer".</summary>
    public static string Label(Role role) => role switch
    {
        Role.Owner => "Owner",
        Role.Admin => "Admin",
        Role.Editor => "Editor",
        Role.Viewer => "Viewer",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "A role Payoff does not know."),
    };

    /// <summary>"Read only" or "Read and write".</summary>
    public static string Label(ApiKeyScope scope) => scope switch
    {
        ApiKeyScope.Read => "Read only",
        ApiKeyScope.Write => "Read and write",
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, "An API key scope Payoff does not know."),
    };
}
