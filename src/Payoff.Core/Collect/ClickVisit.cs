using Payoff.Core.Channels;

namespace Payoff.Core.Collect;

/// <summary>
/// What a human click's event holds beyond the click itself: the click event (<see cref="LinkClick.Event"/>) is built
/// from the click's id, time, visitor and destination and these fields, so a click is recorded once, not twice.
/// </summary>
/// <param name="Referrer">The page the link was clicked on, or <see langword="null"/>.</param>
/// <param name="Name">The link's slug, the event's name.</param>
/// <param name="Device">The device class of the user agent.</param>
/// <param name="Browser">The browser of the user agent.</param>
/// <param name="Country">The country a trusted proxy reported, or <see langword="null"/>.</param>
/// <param name="Source">The destination classified with the referrer: the link's tags.</param>
public sealed record ClickVisit(string? Referrer, string? Name, string? Device, string? Browser, string? Country, TrafficSource Source);
