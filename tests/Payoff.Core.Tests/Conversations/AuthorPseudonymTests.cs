using Payoff.Core.Conversations;

namespace Payoff.Core.Tests.Conversations;

/// <summary>Authors' pseudonyms: keyed, stable for one person's spellings, different across salts.</summary>
public sealed class AuthorPseudonymTests
{
    private static readonly byte[] Salt = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    [Fact]
    public void One_person_spelled_differently_gets_one_pseudonym()
    {
        var hash = AuthorPseudonym.Of(Salt, "@Rina.Putri");

        Assert.Equal(hash, AuthorPseudonym.Of(Salt, " rina.putri "));
        Assert.True(AuthorPseudonym.IsPseudonym(hash));
        Assert.NotEqual(hash, AuthorPseudonym.Of([.. Salt.Reverse()], "rina.putri"));
        Assert.Null(AuthorPseudonym.Of(Salt, " @ "));
        Assert.False(AuthorPseudonym.IsPseudonym("rina"));
    }

    [Fact]
    public void It_is_an_hmac_not_a_plain_hash()
    {
        // HMAC-SHA256 with key 0x01..0x20 over "ann", first 8 bytes: computed independently of AuthorPseudonym.
        var expected = "a_" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(Salt, "ann"u8.ToArray())[..8]);

        Assert.Equal(expected, AuthorPseudonym.Of(Salt, "Ann"));
        Assert.NotEqual("a_" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("ann"u8.ToArray())[..8]), expected);
    }
}
