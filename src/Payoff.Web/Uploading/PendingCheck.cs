namespace Payoff.Web.Uploading;

/// <summary>Files uploaded from the dashboard and checked (a dry run), waiting for the user to import them.</summary>
/// <param name="WorkspaceId">The workspace they were checked for.</param>
/// <param name="UserId">The user who uploaded them: only they can import them.</param>
/// <param name="CheckedAt">When they were checked; a check expires after an hour.</param>
/// <param name="Results">What the dry run found in each file.</param>
public sealed record PendingCheck(long WorkspaceId, long UserId, DateTimeOffset CheckedAt, IReadOnlyList<ImportResult> Results);
