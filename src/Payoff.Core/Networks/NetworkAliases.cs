namespace Payoff.Core.Networks;

/// <summary>
/// Payoff's additions to the Matomo list: display names, short <c>utm_source</c> aliases and the
/// redirect, shortener and app hosts that social platforms put in front of outbound links.
/// </summary>
public static class NetworkAliases
{
    /// <summary>Suffixes people add to a network's name in <c>utm_source</c> (<c>facebook_ads</c>).</summary>
    public static readonly IReadOnlyList<string> SourceSuffixes =
    [
        "_ads", "-ads", " ads", ".ads", "ads", "_ad", "-ad", "_paid", "-paid", " paid", "_organic", "-organic", " organic",
        "_social", "-social", " social", "_post", "-post", "_page", "-page", "_group", "-group",
    ];

    /// <summary>Short and common <c>utm_source</c> values, in lower case, with their network.</summary>
    public static readonly IReadOnlyList<(string Alias, string Network)> SourceAliases =
    [
        ("fb", "Facebook"), ("facebook", "Facebook"), ("meta", "Facebook"),
        ("msg", "Facebook"), ("messenger", "Facebook"), ("an", "Facebook"), ("fbig", "Facebook"),
        ("ig", "Instagram"), ("insta", "Instagram"), ("instagram", "Instagram"), ("igshopping", "Instagram"),
        ("li", "LinkedIn"), ("lnkd", "LinkedIn"), ("linkedin", "LinkedIn"), ("linked_in", "LinkedIn"),
        ("tw", "X"), ("twitter", "X"), ("x", "X"), ("x.com", "X"), ("twttr", "X"),
        ("yt", "YouTube"), ("youtube", "YouTube"), ("ytube", "YouTube"),
        ("tt", "TikTok"), ("tiktok", "TikTok"), ("tik_tok", "TikTok"), ("tik-tok", "TikTok"),
        ("pin", "Pinterest"), ("pinterest", "Pinterest"), ("pint", "Pinterest"),
        ("reddit", "Reddit"),
        ("threads", "Threads"), ("bsky", "Bluesky"), ("bluesky", "Bluesky"),
        ("mastodon", "Mastodon"), ("snap", "Snapchat"), ("snapchat", "Snapchat"),
        ("wa", "WhatsApp"), ("whatsapp", "WhatsApp"), ("telegram", "Telegram"), ("tg", "Telegram"),
        ("discord", "Discord"), ("tumblr", "Tumblr"), ("vk", "Vkontakte"), ("vkontakte", "Vkontakte"),
        ("ok", "Odnoklassniki"), ("weibo", "Weibo"), ("wechat", "WeChat"), ("weixin", "WeChat"),
        ("xing", "XING"), ("quora", "Quora"), ("line", "LINE"), ("hackernews", "Hacker News"), ("hn", "Hacker News"),
        ("nk", "Nasza-klasa.pl"), ("wykop", "Wykop"), ("kaskus", "Kaskus"), ("lemon8", "Lemon8"),
    ];

    /// <summary>
    /// Hosts missing from the Matomo list: link shims and shorteners (<c>lm.facebook.com</c>,
    /// <c>out.reddit.com</c>, <c>pin.it</c>), mobile apps, and networks Matomo does not list.
    /// </summary>
    public static readonly IReadOnlyList<(string Host, string Network)> ExtraHosts =
    [
        ("lm.facebook.com", "Facebook"), ("l.facebook.com", "Facebook"), ("m.facebook.com", "Facebook"),
        ("mbasic.facebook.com", "Facebook"), ("web.facebook.com", "Facebook"), ("fb.com", "Facebook"),
        ("fb.me", "Facebook"), ("fb.watch", "Facebook"), ("m.me", "Facebook"), ("messenger.com", "Facebook"),
        ("com.facebook.katana", "Facebook"), ("com.facebook.orca", "Facebook"),
        ("l.instagram.com", "Instagram"), ("instagr.am", "Instagram"), ("ig.me", "Instagram"), ("com.instagram.android", "Instagram"),
        ("lnkd.in", "LinkedIn"), ("linkedin.com", "LinkedIn"), ("com.linkedin.android", "LinkedIn"),
        ("t.co", "X"), ("twitter.com", "X"), ("x.com", "X"), ("mobile.twitter.com", "X"), ("mobile.x.com", "X"),
        ("com.twitter.android", "X"),
        ("youtu.be", "YouTube"), ("m.youtube.com", "YouTube"), ("youtube-nocookie.com", "YouTube"), ("com.google.android.youtube", "YouTube"),
        ("vm.tiktok.com", "TikTok"), ("vt.tiktok.com", "TikTok"), ("tiktok.com", "TikTok"), ("com.zhiliaoapp.musically", "TikTok"),
        ("pin.it", "Pinterest"), ("com.pinterest", "Pinterest"),
        ("out.reddit.com", "Reddit"), ("old.reddit.com", "Reddit"), ("redd.it", "Reddit"), ("reddit.app.link", "Reddit"),
        ("l.threads.net", "Threads"), ("l.threads.com", "Threads"),
        ("go.bsky.app", "Bluesky"),
        ("wa.me", "WhatsApp"), ("whatsapp.com", "WhatsApp"), ("web.whatsapp.com", "WhatsApp"), ("l.wl.co", "WhatsApp"),
        ("t.me", "Telegram"), ("telegram.me", "Telegram"), ("telegram.org", "Telegram"),
        ("away.vk.com", "Vkontakte"), ("ok.ru", "Odnoklassniki"),
        ("quora.com", "Quora"), ("line.me", "LINE"), ("wykop.pl", "Wykop"), ("kaskus.co.id", "Kaskus"),
        ("lemon8-app.com", "Lemon8"), ("snapchat.com", "Snapchat"),
    ];

    /// <summary>The display name Payoff uses for a Matomo list entry (Twitter is X since 2023).</summary>
    public static string DisplayName(string matomoName) => matomoName switch
    {
        "Twitter" => "X",
        "reddit" => "Reddit",
        "tumblr" => "Tumblr",
        "bilibili" => "Bilibili",
        "gree" => "GREE",
        "Haboo" => "Habbo",
        "Ozone" => "Qzone",
        _ => matomoName,
    };
}
