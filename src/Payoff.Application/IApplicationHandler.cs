namespace Payoff.Application;

/// <summary>
/// Marks a handler of the application layer: one class per report (builds it from Core's builders over the
/// store contracts) and one per write operation. <see cref="PayoffApplication.AddPayoffApplication"/>
/// registers every such class (a new handler is one line there), so it needs no wiring in the CLI, the API or the pages.
/// </summary>
public interface IApplicationHandler;
