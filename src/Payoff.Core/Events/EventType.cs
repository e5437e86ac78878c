namespace Payoff.Core.Events;

/// <summary>What a tracked event records.</summary>
public enum EventType
{
    /// <summary>A page was viewed. Page views and clicks make up sessions.</summary>
    Pageview,

    /// <summary>A tracked link was clicked (a touch before the landing page view).</summary>
    Click,

    /// <summary>A lead or signup: the person becomes a contact.</summary>
    Lead,

    /// <summary>A purchase or won deal: the person becomes a customer; its value is revenue.</summary>
    Customer,

    /// <summary>Any other named conversion (<see cref="TrackedEvent.Name"/>); its value is revenue.</summary>
    Conversion,

    /// <summary>A click on a link to another site (recorded by the website script); not a hit, so it never starts a session.</summary>
    Outbound,
}
