using Payoff.Core.Collect;

namespace Payoff.Core.Tests.Collect;

public sealed class VisitorHasherTests
{
    private static readonly byte[] SaltA = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
    private static readonly byte[] SaltB = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public void The_same_visitor_under_the_same_salt_gets_the_same_id_and_no_ip_in_it()
    {
        var id = VisitorHasher.Hash(SaltA, "s_1", "203.0.113.9", "UA");
        Assert.Equal(id, VisitorHasher.Hash(SaltA, "s_1", "203.0.113.9", "UA"));
        Assert.StartsWith(VisitorHasher.Prefix, id);
        Assert.Equal(2 + 32, id.Length);
        Assert.DoesNotContain("203", id[2..6], StringComparison.Ordinal);
    }

    [Fact]
    public void Another_salt_site_ip_or_user_agent_gives_another_id()
    {
        var id = VisitorHasher.Hash(SaltA, "s_1", "203.0.113.9", "UA");
        Assert.NotEqual(id, VisitorHasher.Hash(SaltB, "s_1", "203.0.113.9", "UA"));
        Assert.NotEqual(id, VisitorHasher.Hash(SaltA, "s_2", "203.0.113.9", "UA"));
        Assert.NotEqual(id, VisitorHasher.Hash(SaltA, "s_1", "203.0.113.8", "UA"));
        Assert.NotEqual(id, VisitorHasher.Hash(SaltA, "s_1", "203.0.113.9", "UA2"));
    }
}
