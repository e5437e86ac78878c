using Payoff.Application.Requests;
using Payoff.Core.Costs;
using Payoff.Core.Workspaces;

namespace Payoff.Application.CostSetup;

/// <summary>
/// A fixed monthly cost such as a tool or an agency (<c>payoff fee add</c>, <c>POST /api/fees</c>): fields <c>name</c>,
/// <c>monthly</c>, <c>currency</c>, <c>networks</c> (the shares), <c>from</c>, <c>to</c>.
/// </summary>
/// <param name="Name">What the fee is.</param>
/// <param name="Monthly">The amount per month, exact, zero or more.</param>
/// <param name="Currency">Its ISO 4217 code.</param>
/// <param name="Shares">Network as given → weight; <see cref="AddFeeHandler"/> resolves the names as <see cref="NetworkField"/> does.</param>
/// <param name="SharesName">The shares field as the host spells it (<c>--networks</c>, <c>shares</c>).</param>
/// <param name="From">The first month, as its first day.</param>
/// <param name="To">The last month, as its first day, or null while it runs.</param>
public sealed record AddFeeRequest(string Name, decimal Monthly, string Currency, IReadOnlyDictionary<string, decimal> Shares, string SharesName, DateOnly From, DateOnly? To)
{
    /// <summary>
    /// Reads the fields. Fees run by whole months: <c>from</c> and <c>to</c> are months (<c>yyyy-MM</c>) or days of them;
    /// <c>from</c> defaults to this month in the workspace's time zone, <c>to</c> to open-ended, the currency to the workspace's.
    /// </summary>
    /// <exception cref="RequestException">
    /// No name, a missing or negative amount, shares that are not <c>Facebook,LinkedIn</c> or <c>Facebook=2;LinkedIn=1</c>, a bad
    /// month, <c>to</c> before <c>from</c>, or an unknown currency.
    /// </exception>
    public static AddFeeRequest Parse(RequestValues values, Workspace workspace, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(workspace);
        var name = values.Get("name") ?? throw new RequestException("name", $"{values.Name("name")} is required: what the fee is (a scheduling tool, an agency).");
        var monthly = CostFields.Amount(values, "monthly", "the amount per month");
        if (monthly < 0)
        {
            throw new RequestException("monthly", $"{values.Name("monthly")} may not be negative.");
        }

        var text = values.Get("networks");
        var shares = Fee.ParseShares(text)
            ?? throw new RequestException("networks", $"{values.Name("networks")} '{Text.Visible(text)}' is not a list like Facebook,LinkedIn or Facebook=2;LinkedIn=1.");
        var today = workspace.Calendar.Today(time);
        var first = CostFields.Month(values, "from") ?? new DateOnly(today.Year, today.Month, 1);
        var last = CostFields.Month(values, "to");
        CostFields.InOrder(values, first, last);
        return new AddFeeRequest(name, monthly, CostFields.Currency(values, "currency", workspace.Currency), shares, values.Name("networks"), first, last);
    }
}
