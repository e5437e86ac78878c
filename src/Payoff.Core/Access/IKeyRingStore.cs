namespace Payoff.Core.Access;

/// <summary>
/// The ASP.NET Core data-protection key ring kept in the store (issue 21): the keys that protect sign-in cookies and
/// antiforgery tokens, so every node serving one store reads the same ring and a cookie one node wrote opens on any other.
/// Keys are added, never changed or removed by Payoff (ASP.NET Core retires a key by writing a revocation element); each is
/// the XML element ASP.NET Core gives, stored as written.
/// </summary>
/// <remarks>
/// The XML holds key material: it is as secret as the database itself (a backup of the store holds it too). Payoff runs on
/// Linux without a certificate to encrypt it at rest, as ASP.NET Core's default file-system ring does there.
/// </remarks>
public interface IKeyRingStore
{
    /// <summary>Every stored element, oldest first (the order ASP.NET Core reads a ring in).</summary>
    Task<IReadOnlyList<KeyRingElement>> ReadAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores an element under <see cref="KeyRingElement.Name"/>; an element of that name stored already is kept (a second node's write of the same key).</summary>
    /// <exception cref="ArgumentException">The name or the XML is empty.</exception>
    Task AddAsync(KeyRingElement element, CancellationToken cancellationToken = default);
}

/// <summary>One element of the key ring.</summary>
/// <param name="Name">ASP.NET Core's friendly name of the element (<c>key-GUID</c>, <c>revocation-…</c>).</param>
/// <param name="Xml">The element as XML text.</param>
public sealed record KeyRingElement(string Name, string Xml);
