namespace Payoff.Core.Demo;

/// <summary>One way visitors arrive in the demo: a network's campaign, a search engine, a newsletter.</summary>
/// <param name="Weight">Share of first visits (relative).</param>
/// <param name="Referrer">The referrer URL, if any.</param>
/// <param name="Tags">The UTM query (<c>utm_source=…&amp;utm_medium=…</c>), if tagged.</param>
/// <param name="LeadRate">Chance that a visitor who first came this way becomes a contact.</param>
/// <param name="CustomerRate">Chance that such a contact becomes a customer.</param>
/// <param name="Growth">How much more traffic the last month has than the first (1 = flat).</param>
internal sealed record DemoSource(double Weight, string? Referrer, string? Tags, double LeadRate, double CustomerRate, double Growth);
