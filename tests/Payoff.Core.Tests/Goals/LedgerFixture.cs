using Payoff.Core.Costs;
using Payoff.Core.Ledger;
using Payoff.Core.Money;
using Payoff.Core.Workspaces;

namespace Payoff.Core.Tests.Goals;

/// <summary>Builds ledgers from constructed histories, as the store would read them.</summary>
internal sealed class LedgerFixture
{
    public List<WebDay> Web { get; } = [];

    public List<MoneyDay> Money { get; } = [];

    public List<ConversionDay> Conversions { get; } = [];

    public List<SocialDay> Social { get; } = [];

    public List<TimeEntry> Time { get; } = [];

    public List<TimeRecurrence> Recurrences { get; } = [];

    public List<HourlyRate> Rates { get; } = [];

    public List<Fee> Fees { get; } = [];

    public List<AssignedValue> Values { get; } = [];

    public List<CurrencyRate> CurrencyRates { get; } = [];

    public LedgerFixture Daily(string network, string metric, DateOnly from, DateOnly to, Func<int, decimal> value, string account = "")
    {
        for (var (day, i) = (from, 0); day <= to; day = day.AddDays(1), i++)
        {
            Social.Add(new SocialDay(day, network, account, metric, value(i)));
        }

        return this;
    }

    public LedgerFixture Visits(string network, DateOnly from, DateOnly to, Func<int, (long Sessions, long Contacts, long Customers)> value, string campaign = "(not set)")
    {
        for (var (day, i) = (from, 0); day <= to; day = day.AddDays(1), i++)
        {
            var (s, c, k) = value(i);
            Web.Add(new WebDay(day, network, campaign, s, c, k));
        }

        return this;
    }

    public Ledger.Ledger Build(DateOnly from, DateOnly to, string currency = "USD") =>
        Ledger.Ledger.Build(new LedgerData(Web, Money, Conversions, Social, Time, Recurrences, Rates, Fees, Values, CurrencyRates), currency, new DateRange(from, to));
}
