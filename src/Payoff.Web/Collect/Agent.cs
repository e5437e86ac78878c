using Payoff.Core.Collect;

namespace Payoff.Web.Collect;

/// <summary>What the request path reads from a user agent; the same for every hit sending the same header.</summary>
/// <param name="Bot">Why a hit with this user agent is dropped as a bot, or null for a browser.</param>
/// <param name="Device">Its device class and browser.</param>
public sealed record Agent(DropReason? Bot, DeviceClass Device);
