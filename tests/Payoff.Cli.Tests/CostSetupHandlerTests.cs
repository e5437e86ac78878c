using Microsoft.Extensions.Time.Testing;
using Payoff.Application.CostSetup;
using Payoff.Application.Links;
using Payoff.Application.Requests;
using Payoff.Core.Links;
using Payoff.Core.Stores;
using Payoff.Core.Workspaces;
using Payoff.Storage.DuckDb;

namespace Payoff.Cli.Tests;

/// <summary>The cost setup and link write handlers against a real DuckDB store: what they store, what they refuse and why.</summary>
public sealed class CostSetupHandlerTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("payoff-handlers-").FullName;
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2025, 7, 15, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Logged_hours_become_minutes_on_the_catalogue_network_and_today_in_the_workspace_zone()
    {
        using var store = DuckDbStore.Open(Path.Combine(folder, "p.duckdb"), time);
        var workspace = await WorkspaceAsync(store, "Pacific/Auckland");
        var request = LogTimeRequest.Parse(Values(("network", "fb"), ("hours", "1.5"), ("person", " ana "), ("note", "replies")), workspace, time);

        var entry = await new LogTimeHandler(store).HandleAsync(workspace, request, CancellationToken.None);

        Assert.Equal(("Facebook", 90, "ana", new DateOnly(2025, 7, 16), "replies"), (entry.Network, entry.Minutes, entry.Person, entry.Day, entry.Note));
        var sheet = await new CostSetupListsHandler(store).TimeAsync(workspace, null, CancellationToken.None);
        Assert.Equal([entry], sheet.Entries);
        Assert.True(await new RemoveCostSetupHandler(store).TimeAsync(workspace, entry.Id, CancellationToken.None));
        Assert.False(await new RemoveCostSetupHandler(store).TimeAsync(workspace, entry.Id, CancellationToken.None));
    }

    [Fact]
    public async Task An_unknown_network_is_refused_with_the_closest_name_and_nothing_is_stored()
    {
        using var store = DuckDbStore.Open(Path.Combine(folder, "p.duckdb"), time);
        var workspace = await WorkspaceAsync(store);
        var request = LogTimeRequest.Parse(Values(("network", "Linkedn"), ("minutes", "30")), workspace, time);

        var refused = await Assert.ThrowsAsync<RequestException>(() => new LogTimeHandler(store).HandleAsync(workspace, request, CancellationToken.None));

        Assert.StartsWith("network: unknown network 'Linkedn' — did you mean LinkedIn?", refused.Message, StringComparison.Ordinal);
        Assert.Empty((await new CostSetupListsHandler(store).TimeAsync(workspace, null, CancellationToken.None)).Entries);
    }

    [Fact]
    public async Task A_fee_runs_by_whole_months_with_its_shares_on_catalogue_names_and_exact_amount()
    {
        using var store = DuckDbStore.Open(Path.Combine(folder, "p.duckdb"), time);
        var workspace = await WorkspaceAsync(store);
        var request = AddFeeRequest.Parse(Values(("name", "Scheduler"), ("monthly", "29.99"), ("networks", "fb=2;linkedin"), ("from", "2025-06-17"), ("to", "2025-09")), workspace, time);

        var fee = await new AddFeeHandler(store).HandleAsync(workspace, request, CancellationToken.None);

        Assert.Equal((29.99m, "USD", new DateOnly(2025, 6, 1), (DateOnly?)new DateOnly(2025, 9, 1)), (fee.MonthlyAmount, fee.Currency, fee.From, fee.To));
        Assert.Equal("Facebook=2;LinkedIn=1", fee.SharesText);
        Assert.Equal([fee.Id], (await new CostSetupListsHandler(store).FeesAsync(workspace, CancellationToken.None)).Select(f => f.Id));
    }

    [Theory]
    [InlineData("monthly", "-1", "monthly may not be negative.")]
    [InlineData("networks", "Facebook=-1", "networks 'Facebook=-1' is not a list like Facebook,LinkedIn or Facebook=2;LinkedIn=1.")]
    [InlineData("from", "2025-13", "from '2025-13' is not a month; use yyyy-MM, e.g. 2026-05.")]
    [InlineData("to", "2025-01", "to is before from.")]
    [InlineData("currency", "EURO", "currency: 'EURO' is not a currency code (three letters, e.g. USD).")]
    public async Task A_bad_fee_field_is_refused_naming_the_field(string field, string value, string sentence)
    {
        using var store = DuckDbStore.Open(Path.Combine(folder, "p.duckdb"), time);
        var workspace = await WorkspaceAsync(store);
        var fields = new Dictionary<string, string?> { ["name"] = "Tool", ["monthly"] = "10", ["networks"] = "Facebook", ["from"] = "2025-03", [field] = value };

        var refused = Assert.Throws<RequestException>(() => AddFeeRequest.Parse(new RequestValues(fields), workspace, time));

        Assert.StartsWith(sentence, refused.Message, StringComparison.Ordinal);
        Assert.Equal(field == "to" ? "to" : field, refused.Field);
    }

    [Fact]
    public async Task Rates_and_values_are_stored_exactly_and_the_workspace_currency_needs_no_rate()
    {
        using var store = DuckDbStore.Open(Path.Combine(folder, "p.duckdb"), time);
        var workspace = await WorkspaceAsync(store);
        var lists = new CostSetupListsHandler(store);

        await new SetHourlyRateHandler(store).HandleAsync(workspace, HourlyRateRequest.Parse(Values(("rate", "45.125"), ("person", "ana")), workspace), CancellationToken.None);
        await new SetCurrencyRateHandler(store).HandleAsync(workspace, CurrencyRateRequest.Parse(Values(("currency", "eur"), ("rate", "1.0815")), workspace), CancellationToken.None);
        await new SetConversionValueHandler(store).HandleAsync(workspace, ConversionValueRequest.Parse(Values(("conversion", "Newsletter"), ("value", "5")), workspace), CancellationToken.None);

        Assert.Equal(45.125m, (await lists.RatesAsync(workspace, CancellationToken.None)).Single().Rate);
        var euro = (await lists.CurrencyRatesAsync(workspace, CancellationToken.None)).Single();
        Assert.Equal(("EUR", 1.0815m, CurrencyRateRequest.Always), (euro.Currency, euro.Rate, euro.From));
        Assert.Equal("newsletter", (await lists.ValuesAsync(workspace, CancellationToken.None)).Single().Conversion);
        Assert.Equal("USD is the workspace currency; it needs no rate.", Assert.Throws<RequestException>(() => CurrencyRateRequest.Parse(Values(("currency", "USD"), ("rate", "1")), workspace)).Message);
        Assert.Equal("rate may not be negative.", Assert.Throws<RequestException>(() => HourlyRateRequest.Parse(Values(("rate", "-0.01")), workspace)).Message);
        Assert.True(await new RemoveCostSetupHandler(store).ValueAsync(workspace, "newsletter", CancellationToken.None));
        Assert.False(await new RemoveCostSetupHandler(store).FeeAsync(workspace, 42, CancellationToken.None));
    }

    [Fact]
    public async Task A_link_is_created_once_refused_with_the_planners_sentence_and_enabled_only_when_it_exists()
    {
        using var store = DuckDbStore.Open(Path.Combine(folder, "p.duckdb"), time);
        var workspace = await WorkspaceAsync(store);
        var create = new CreateLinkHandler(store);
        var request = LinkInput.Parse(Values(("to", "https://shop.example.com/offer"), ("network", "facebook"), ("campaign", "spring"), ("slug", "spring-fb"), ("any-domain", "true")));

        var created = await create.HandleAsync(workspace, request, CancellationToken.None);

        Assert.Equal(("spring-fb", "facebook", "social", "spring"), (created.Link.Slug, created.Link.Tags.Source, created.Link.Tags.Medium, created.Link.Tags.Campaign));
        await Assert.ThrowsAsync<StoreException>(() => create.HandleAsync(workspace, request, CancellationToken.None));
        var bad = await Assert.ThrowsAsync<RequestException>(() => create.HandleAsync(workspace, request with { To = "ftp://example.com", Slug = null }, CancellationToken.None));
        Assert.Equal(LinkPlanner.Plan(request with { To = "ftp://example.com", Slug = null }, [], [], Core.Channels.ChannelClassifier.Default).Error, bad.Message);
        Assert.True(await new EnableLinkHandler(store).HandleAsync(workspace, "spring-fb", false, CancellationToken.None));
        Assert.False(await new EnableLinkHandler(store).HandleAsync(workspace, "no-such-link", true, CancellationToken.None));
    }

    private static RequestValues Values(params (string Field, string? Value)[] fields) => new(fields.ToDictionary(f => f.Field, f => f.Value));

    private static async Task<Workspace> WorkspaceAsync(DuckDbStore store, string zone = "UTC")
    {
        await using var session = await store.OpenSessionAsync();
        return await session.Workspaces.CreateAsync("w", zone, "USD");
    }
}
