namespace Payoff.Core.Access;

/// <summary>A user's role in one workspace; a user sees only the workspaces they are a member of.</summary>
/// <param name="UserId">The user.</param>
/// <param name="WorkspaceId">The workspace.</param>
/// <param name="WorkspaceName">The workspace's name.</param>
/// <param name="Role">The role.</param>
public sealed record Membership(long UserId, long WorkspaceId, string WorkspaceName, Role Role);
