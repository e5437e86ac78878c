namespace Payoff.Core.Attribution;

/// <summary>An attribution model: splits each journey's conversions and value among its touches.</summary>
/// <remarks>Every model's credits sum to the conversions and value of the journeys it is given (<see cref="AttributionResult.AddsUp"/>).</remarks>
public interface IAttributionModel
{
    /// <summary>The model's name (<c>first-touch</c>, <c>markov</c>…).</summary>
    string Name { get; }

    /// <summary>Credits the converting journeys' conversions and value to their touches.</summary>
    AttributionResult Attribute(IReadOnlyList<Journey> journeys);
}
