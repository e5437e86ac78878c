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
}
