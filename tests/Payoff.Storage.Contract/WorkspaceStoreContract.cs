using Payoff.Core.Stores;
using Payoff.Core.Workspaces;

namespace Payoff.Storage.Contract;

/// <summary><see cref="IWorkspaceStore"/>: the default workspace, unique names, order, update and delete.</summary>
public abstract class WorkspaceStoreContract : StoreContract
{
    [Fact]
    public async Task A_new_store_holds_the_default_workspace()
    {
        await using var session = await OpenAsync();

        Assert.Equal([Workspace.DefaultName], (await session.Workspaces.ListAsync()).Select(w => w.Name));
    }

    [Fact]
    public async Task A_taken_name_is_refused_and_names_are_case_sensitive()
    {
        await using var session = await OpenAsync();
        await session.Workspaces.CreateAsync("Acme", "UTC", "USD");

        await Assert.ThrowsAsync<StoreException>(() => session.Workspaces.CreateAsync("Acme", "UTC", "EUR"));
        await session.Workspaces.CreateAsync("acme", "UTC", "USD");
        Assert.Null(await session.Workspaces.FindAsync("ACME"));
    }

    [Fact]
    public async Task Workspaces_are_listed_by_name()
    {
        await using var session = await OpenAsync();
        await session.Workspaces.CreateAsync("zeta", "UTC", "USD");
        await session.Workspaces.CreateAsync("alpha", "Europe/Warsaw", "PLN");

        Assert.Equal(["alpha", Workspace.DefaultName, "zeta"], (await session.Workspaces.ListAsync()).Select(w => w.Name));
    }

    [Fact]
    public async Task An_update_changes_time_zone_currency_and_session_timeout()
    {
        await using var session = await OpenAsync();
        var workspace = await session.Workspaces.CreateAsync("acme", "UTC", "USD");

        await session.Workspaces.UpdateAsync(workspace with { TimeZone = "Europe/Warsaw", Currency = "PLN", SessionTimeout = TimeSpan.FromMinutes(45) });

        var found = await session.Workspaces.FindAsync("acme");
        Assert.Equal(("Europe/Warsaw", "PLN", TimeSpan.FromMinutes(45)), (found!.TimeZone, found.Currency, found.SessionTimeout));
    }

    [Fact]
    public async Task The_locale_defaults_to_en_US_and_an_update_stores_it_for_that_workspace_only()
    {
        await using var session = await OpenAsync();
        var acme = await session.Workspaces.CreateAsync("acme", "UTC", "USD");
        await session.Workspaces.CreateAsync("other", "UTC", "USD");
        Assert.Equal(Workspace.DefaultLocale, acme.Locale);

        await session.Workspaces.UpdateAsync(acme with { Locale = "pl-PL" });
        Assert.Equal("pl-PL", (await session.Workspaces.FindAsync("acme"))!.Locale);
        Assert.Equal(Workspace.DefaultLocale, (await session.Workspaces.FindAsync("other"))!.Locale);
        Assert.Equal(["pl-PL", "en-US", "en-US"], (await session.Workspaces.ListAsync()).Select(w => w.Locale));

        await session.Workspaces.UpdateAsync(acme with { Locale = "pl-PL", Currency = "PLN" });
        await session.Workspaces.UpdateAsync((await session.Workspaces.FindAsync("acme"))! with { Locale = Workspace.DefaultLocale });
        Assert.Equal(Workspace.DefaultLocale, (await session.Workspaces.FindAsync("acme"))!.Locale);
        Assert.Equal("PLN", (await session.Workspaces.FindAsync("acme"))!.Currency);
    }

    [Fact]
    public async Task Deleting_a_workspace_deletes_its_data_and_no_other()
    {
        await using var session = await OpenAsync();
        var doomed = await session.Workspaces.CreateAsync("doomed", "UTC", "USD");
        var kept = await session.Workspaces.CreateAsync("kept", "UTC", "USD");
        foreach (var workspace in new[] { doomed, kept })
        {
            await session.Importing.WriteEventsAsync(workspace, Some.Request(Core.Importing.ImportKind.Events, 1), [Some.Conversion("e1", "v1", "2025-06-01T10:00:00Z", Core.Events.EventType.Lead, "ana")]);
        }

        await session.Workspaces.DeleteAsync(doomed);

        Assert.Null(await session.Workspaces.FindAsync("doomed"));
        Assert.Empty(await session.People.ReadAsync(doomed));
        Assert.Single(await session.People.ReadAsync(kept));
        Assert.Single(await session.Importing.ListAsync(kept));
    }
}
