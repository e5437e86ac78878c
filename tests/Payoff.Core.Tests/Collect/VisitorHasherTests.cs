using System.Security.Cryptography;
using System.Text;
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

    [Fact]
    public void Ids_are_the_one_shot_hmac_of_the_joined_fields_whatever_salts_the_thread_used_before()
    {
        var longAgent = "Mozilla/5.0 " + new string('x', 3000) + " é 漢";
        foreach (var (salt, agent) in new[] { (SaltA, "UA"), (SaltB, "UA"), (SaltA, longAgent), (SaltB, "UA2"), (SaltA, "UA"), (SaltA.Reverse().ToArray(), "UA") })
        {
            var expected = VisitorHasher.Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes($"s_1\n203.0.113.9\n{agent}"))[..16]);
            Assert.Equal(expected, VisitorHasher.Hash(salt, "s_1", "203.0.113.9", agent));
        }
    }
}
