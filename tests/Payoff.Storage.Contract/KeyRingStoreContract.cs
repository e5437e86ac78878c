using Payoff.Core.Access;

namespace Payoff.Storage.Contract;

/// <summary>
/// <see cref="IKeyRingStore"/>: the data-protection key ring every server of a store shares — elements read back in the
/// order written, exactly as given, the first element of a name kept, and visible to a second store of the same data.
/// </summary>
public abstract class KeyRingStoreContract : StoreContract
{
    [Fact]
    public async Task Elements_come_back_in_the_order_written_and_a_name_is_stored_once()
    {
        await using var session = await OpenAsync();
        Assert.Empty(await session.KeyRing.ReadAsync());
        var first = new KeyRingElement("key-6a1f", "<key id=\"6a1f\" version=\"1\"><descriptor>é &amp; ü — secret</descriptor></key>");
        var second = new KeyRingElement("key-0b2c", "<key id=\"0b2c\" version=\"1\">\n  <line>two</line>\n</key>");

        await session.KeyRing.AddAsync(first);
        Time.Advance(TimeSpan.FromSeconds(1));
        await session.KeyRing.AddAsync(second);
        await session.KeyRing.AddAsync(first with { Xml = "<key id=\"6a1f\">another node's copy</key>" });

        Assert.Equal([first, second], await session.KeyRing.ReadAsync());
        await Assert.ThrowsAsync<ArgumentException>(() => session.KeyRing.AddAsync(new KeyRingElement(" ", "<key/>")));
    }
}
