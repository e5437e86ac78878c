namespace Payoff.Core.Attribution;

/// <summary>What a model credits one touch key with.</summary>
/// <param name="Channel">The key, as named in the data.</param>
/// <param name="Conversions">Credited conversions (fractional).</param>
/// <param name="Value">Credited value.</param>
/// <param name="Share">Its share of all credited conversions.</param>
/// <param name="RemovalEffect">The Markov removal effect (Markov only).</param>
public sealed record ChannelCredit(string Channel, double Conversions, decimal Value, double Share, double? RemovalEffect = null);
