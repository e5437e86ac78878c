using Payoff.Core.Importing;
using Payoff.Core.Social;
using Payoff.Core.Workspaces;
using Payoff.Storage.DuckDb;

namespace Payoff.Web.Tests;

/// <summary>Posts for the content tests: the same twelve LinkedIn posts the API's and the pages' tests read.</summary>
internal static class ContentSeed
{
    /// <summary>
    /// Six LinkedIn videos at 5.0–5.5 % and six images at 1.0–1.5 % engagement per impression, one a day at 09:00 UTC from
    /// <paramref name="start"/>, with hostile captions (a script tag and a spreadsheet formula, and hashtags).
    /// </summary>
    public static void VideosAndImages(DuckDbDatabase db, Workspace workspace, DateOnly start)
    {
        var posts = Enumerable.Range(0, 12).Select(i => new SocialPost
        {
            Network = "LinkedIn",
            PostId = $"p{i}",
            PublishedAt = new DateTimeOffset(start.AddDays(i).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero),
            Type = i % 2 == 0 ? "video" : "image",
            Text = i % 2 == 0 ? "#howto <script>alert(1)</script>" : "=HYPERLINK(\"x\") #café",
            Impressions = 1000,
            Likes = i % 2 == 0 ? 50 + (i / 2) : 10 + (i / 2),
        }).ToList();
        new DuckDbImportStore(db).WriteAsync(workspace, new ImportRequest(ImportKind.MetaPosts, "posts.csv", "posts", posts.Count, 0), ImportRecords.Posts, new InMemoryRows<SocialPost>(posts)).GetAwaiter().GetResult();
    }
}
