namespace Payoff.Core.Importing;

/// <summary>The kinds of file Payoff imports natively.</summary>
public enum ImportKind
{
    /// <summary>Tracked events (<c>event_id,timestamp,visitor_id,type,url,…</c>).</summary>
    Events,

    /// <summary>CRM contacts (<c>contact_id,created_at,lead_at,customer_at,revenue,…</c>).</summary>
    Contacts,

    /// <summary>Aggregated conversion paths (<c>path,conversions,value,nulls</c>).</summary>
    Journeys,

    /// <summary>Daily account metrics: <c>date,network,metric,value[,account]</c>.</summary>
    Metrics,

    /// <summary>Daily ad costs: <c>date,network,campaign,amount,currency[,impressions,clicks,conversions]</c>.</summary>
    Costs,

    /// <summary>Meta Business Suite post export (Facebook or Instagram).</summary>
    MetaPosts,

    /// <summary>Meta Ads Manager export: spend per campaign and day or period.</summary>
    MetaAds,

    /// <summary>GA4 traffic acquisition report (channel group, source / medium or campaign).</summary>
    Ga4Traffic,

    /// <summary>HubSpot contacts export.</summary>
    HubSpotContacts,

    /// <summary>Google Ads report download (CSV or UTF-16 "Excel CSV").</summary>
    GoogleAds,

    /// <summary>Microsoft Advertising campaign report.</summary>
    MicrosoftAds,

    /// <summary>LinkedIn Page analytics workbook: content (Metrics, All posts), followers or visitors.</summary>
    LinkedInPage,

    /// <summary>LinkedIn Campaign Manager campaign performance report.</summary>
    LinkedInAds,

    /// <summary>X (Twitter) Ads export.</summary>
    XAds,

    /// <summary>X analytics: legacy tweet activity, content export or daily account overview.</summary>
    XAnalytics,

    /// <summary>TikTok Studio export: overview, follower history, viewers or content.</summary>
    TikTok,

    /// <summary>YouTube Studio content export (ZIP with Table data.csv).</summary>
    YouTube,

    /// <summary>Meta Business Suite account-level daily file (one metric; UTF-16).</summary>
    MetaDaily,

    /// <summary>Legacy Facebook Page Insights post export (two header rows).</summary>
    FacebookInsights,

    /// <summary>Meta Business Suite audience export (Facebook or Instagram): age and gender, top cities, top countries.</summary>
    MetaAudience,

    /// <summary>TikTok Studio follower demographics: <c>FollowerGender.csv</c>, <c>FollowerTopTerritories.csv</c>.</summary>
    TikTokAudience,

    /// <summary>YouTube Studio geography export (views per country; ZIP with Table data.csv, or the CSV).</summary>
    YouTubeGeography,

    /// <summary>Payoff's conversations CSV (<c>message_id,thread_id,network,direction,author,created_at,text,kind[,post_id,language]</c>), or another tool's CSV mapped onto it.</summary>
    Conversations,

    /// <summary>A Brand24-style mentions export (CSV).</summary>
    Brand24,

    /// <summary>A Mention-style (mention.com) mentions export (CSV).</summary>
    MentionExport,

    /// <summary>A Zendesk-style tickets export with first reply times (CSV).</summary>
    Zendesk,

    /// <summary>A Freshdesk-style tickets export with first response times (CSV).</summary>
    Freshdesk,

    /// <summary>X's archive <c>tweets.js</c>: the account's replies and mentions.</summary>
    XArchive,

    /// <summary>Meta's "Download your information" comments JSON (Instagram or Facebook): the account's comments.</summary>
    MetaComments,

    /// <summary>YouTube's Google Takeout <c>comments.csv</c>: the account's comments and replies.</summary>
    YouTubeComments,
}
