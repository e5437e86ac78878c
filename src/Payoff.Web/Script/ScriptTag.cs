using System.Net;
using Payoff.Core.Collect;

namespace Payoff.Web.Script;

/// <summary>The one tag a site pastes into its pages.</summary>
public static class ScriptTag
{
    /// <summary>The <c>&lt;script&gt;</c> tag for <paramref name="site"/>, served from <paramref name="publicBase"/>.</summary>
    public static string For(Site site, string publicBase)
    {
        ArgumentNullException.ThrowIfNull(site);
        var identity = site.Identity == IdentityMode.Cookieless ? " data-identity=\"cookieless\"" : string.Empty;
        var dnt = site.HonourDoNotTrack ? " data-honour-dnt=\"true\"" : string.Empty;
        return $"<script defer src=\"{WebUtility.HtmlEncode(publicBase)}/p.js\" data-site=\"{site.SiteKey}\"{identity}{dnt}></script>";
    }
}
