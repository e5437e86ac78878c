namespace Payoff.Core.Demo;

/// <summary>What one network's post reports, as its export does: a metric the platform does not report stays null.</summary>
[Flags]
internal enum DemoPostMetrics
{
    None = 0,
    Impressions = 1,
    Views = 2,
    Reach = 4,
    Likes = 8,
    Comments = 16,
    Shares = 32,
    Saves = 64,
    Clicks = 128,
    VideoViews = 256,
    Follows = 512,
}

/// <summary>
/// One network's posting habits in the demo: how often, when (local hours and weekdays), which types and labels with
/// which effect on the engagement rate, what the platform reports, and which campaign its tracked captions carry.
/// </summary>
/// <param name="Network">The canonical network.</param>
/// <param name="Account">The page, profile or channel (as <see cref="DemoExtras"/> names it).</param>
/// <param name="Prefix">The short name that starts its post ids and content keys (<c>li</c>, <c>fb</c> …).</param>
/// <param name="Permalink">The post's public URL, <c>{0}</c> being its id.</param>
/// <param name="PostsPerWeek">Average posts a week.</param>
/// <param name="Weekdays">Relative weight of Monday … Sunday.</param>
/// <param name="Hours">Local publication hours and their relative weights.</param>
/// <param name="Types">Types, their share and their engagement-rate multiplier.</param>
/// <param name="Labels">Labels (Meta custom labels, LinkedIn campaign names), their share and multiplier; the rest unlabelled.</param>
/// <param name="Rate">The engagement rate of a plain post (a fraction of the basis).</param>
/// <param name="Audience">The basis (impressions or views) of a plain post at the year's start.</param>
/// <param name="Growth">The audience's growth over the year (0.4 = 40 % more at its end).</param>
/// <param name="Reports">The metrics the platform reports.</param>
/// <param name="Languages">Caption languages (<c>en</c>, <c>pl</c>, <c>id</c>, <c>ms</c>) and their weights.</param>
/// <param name="Tracked">Share of posts whose caption carries a tracked URL (<c>utm_content</c>); link posts always do.</param>
/// <param name="UtmSource">The <c>utm_source</c> of its tracked URLs (as the demo's sessions from it carry it).</param>
/// <param name="Campaign">The <c>utm_campaign</c> of its tracked URLs: one of the demo's organic campaigns on the network.</param>
/// <param name="TimeEffect">The engagement-rate multiplier of a local weekday and hour (1 = none).</param>
internal sealed record DemoPostProfile(
    string Network,
    string Account,
    string Prefix,
    string Permalink,
    double PostsPerWeek,
    double[] Weekdays,
    (int Hour, double Weight)[] Hours,
    (string Type, double Weight, double Rate)[] Types,
    (string Label, double Weight, double Rate)[] Labels,
    double Rate,
    double Audience,
    double Growth,
    DemoPostMetrics Reports,
    (string Language, double Weight)[] Languages,
    double Tracked,
    string UtmSource,
    string Campaign,
    Func<DayOfWeek, int, double> TimeEffect);
