namespace Payoff.Core.Reporting.Roi;

/// <summary>
/// A network's ROI with contacts, customers and revenue credited by an attribution model instead of
/// first touch (credits are fractional); sessions, value and costs stay as the ROI report has them.
/// </summary>
/// <param name="Network">The network, or <c>(no tracked touch)</c> for conversions no journey reaches.</param>
/// <param name="Sessions">Sessions.</param>
/// <param name="Contacts">Credited contacts.</param>
/// <param name="Customers">Credited customers.</param>
/// <param name="Revenue">Credited revenue.</param>
/// <param name="Value">Assigned value (first touch).</param>
/// <param name="AdSpend">Ad spend.</param>
/// <param name="TimeCost">Staff time cost.</param>
/// <param name="OtherCost">Fees.</param>
public sealed record AttributedRoiRow(string Network, long Sessions, double Contacts, double Customers, decimal Revenue, decimal Value, decimal AdSpend, decimal TimeCost, decimal OtherCost)
{
    /// <summary>Ad spend + time + fees.</summary>
    public decimal TotalCost => AdSpend + TimeCost + OtherCost;

    /// <summary>(revenue + value − cost) ÷ cost.</summary>
    public decimal? Roi => TotalCost == 0 ? null : (Revenue + Value - TotalCost) / TotalCost;

    /// <summary>Revenue ÷ ad spend.</summary>
    public decimal? Roas => AdSpend == 0 ? null : Revenue / AdSpend;

    /// <summary>Cost ÷ sessions.</summary>
    public decimal? CostPerVisit => Sessions == 0 ? null : TotalCost / Sessions;

    /// <summary>Cost ÷ credited contacts.</summary>
    public decimal? CostPerLead => Contacts == 0 ? null : TotalCost / (decimal)Contacts;

    /// <summary>Cost ÷ credited customers.</summary>
    public decimal? CostPerCustomer => Customers == 0 ? null : TotalCost / (decimal)Customers;

    /// <summary>(Revenue + value) ÷ sessions.</summary>
    public decimal? ValuePerVisit => Sessions == 0 ? null : (Revenue + Value) / Sessions;
}
