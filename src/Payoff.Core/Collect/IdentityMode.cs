namespace Payoff.Core.Collect;

/// <summary>How a site's visitors are told apart.</summary>
public enum IdentityMode
{
    /// <summary>
    /// A random id in a first-party cookie on the site (default): one visitor across days, so
    /// multi-day journeys and attribution work. Falls back to <see cref="Cookieless"/> for a browser
    /// that blocks storage.
    /// </summary>
    Cookie,

    /// <summary>
    /// No cookie: a keyed hash of a random daily salt, the site, the IP and the user agent
    /// (<see cref="VisitorHasher"/>). A visitor lasts a day (a visit across midnight stays one).
    /// </summary>
    Cookieless,
}
