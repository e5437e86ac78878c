namespace Payoff.Core.Access;

/// <summary>What a person may do in a workspace; each role can do everything the ones below it can.</summary>
public enum Role
{
    /// <summary>Reads every report and page; changes nothing (a client looking at its own brand).</summary>
    Viewer,

    /// <summary>Also imports files, creates links and goals, logs time.</summary>
    Editor,

    /// <summary>Also manages sites, API keys, costs and members below admin.</summary>
    Admin,

    /// <summary>Also manages admins and deletes the workspace.</summary>
    Owner,
}
