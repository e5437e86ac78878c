using Payoff.Storage.DuckDb;

namespace Payoff.Cli.Tests;

public sealed class PostsImportTests
{
    private const string Header = "\"Post ID\",\"Page ID\",\"Page name\",Title,\"Publish time\",Permalink,\"Post type\",Date,Views,Reach,Reactions,Comments,Shares";

    [Fact]
    public void A_newer_export_of_the_same_posts_replaces_their_snapshot_instead_of_adding()
    {
        using var cli = new CliRun();
        var may = cli.File("posts-may.csv", $"{Header}\n1_1,1,Shop,Hello,05/01/2026 10:00,https://fb.com/1,Photos,Lifetime,100,80,5,1,0\n1_2,1,Shop,Again,05/02/2026 10:00,https://fb.com/2,Links,Lifetime,50,40,2,0,0\n");
        Assert.Equal(0, cli.Run("import", "meta-posts", may).ExitCode);
        var june = cli.File("posts-june.csv", $"{Header}\n1_1,1,Shop,Hello,05/01/2026 10:00,https://fb.com/1,Photos,Lifetime,180,120,9,2,1\n1_3,1,Shop,New,06/01/2026 10:00,https://fb.com/3,Videos,Lifetime,10,9,0,0,0\n");
        Assert.Equal(0, cli.Run("import", "meta-posts", june).ExitCode);

        using var db = DuckDbDatabase.Open(cli.Database, cli.Time);
        Assert.Equal(3, db.Scalar<long>("SELECT count(*) FROM posts"));
        Assert.Equal(240, db.Scalar<long>("SELECT sum(views)::BIGINT FROM posts"));
        Assert.Equal("link", db.Scalar<string>("SELECT type FROM posts WHERE post_id = '1_2'"));
        Assert.Equal(0, db.Scalar<long>("SELECT count(*) FROM posts WHERE saves IS NOT NULL"));
    }
}
