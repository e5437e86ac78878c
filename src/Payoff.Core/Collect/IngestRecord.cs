using System.Text.Json.Serialization;

namespace Payoff.Core.Collect;

/// <summary>
/// One thing the live service records: an event, a dropped hit or a link click. Records are written
/// to the spool before they are acknowledged and applied to the store in order; applying a record
/// twice has the effect of applying it once (each carries its own unique id).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "k")]
[JsonDerivedType(typeof(CollectedEvent), "e")]
[JsonDerivedType(typeof(DroppedHit), "d")]
[JsonDerivedType(typeof(LinkClick), "c")]
public abstract record IngestRecord
{
    /// <summary>The workspace the record belongs to.</summary>
    public required long WorkspaceId { get; init; }
}
