using BorderWatch.Core.Domain;
using BorderWatch.Web.Components.Shared;
using BorderWatch.Web.Tests.Hosting;
using Bunit;
using Bunit.TestDoubles;

namespace BorderWatch.Web.Tests.Components;

/// <summary>The list the server prerendered is handed to the circuit, which shows it instead of querying again.</summary>
[Collection(SeededDashboard.Name)]
public sealed class PrerenderedListTests(DashboardFactory app)
{
    private const string Key = "incident-browser:/incidents";

    private static List<int> ShownIds(IRenderedComponent<IncidentBrowser> cut) =>
        cut.FindAll("a.incident-link").Select(a => int.Parse(a.GetAttribute("data-incident")!)).ToList();

    [Fact]
    public async Task The_prerendered_list_is_persisted_and_a_circuit_on_the_same_url_takes_it_instead_of_querying()
    {
        var stored = await StoredIncident.LoadListedAsync(app);
        var statements = stored.Where(i => i.Type == IncidentType.Statement).Select(i => i.Id).ToHashSet();
        statements.Count.ShouldBeGreaterThan(1);
        bool IsFirstPage(IReadOnlyCollection<int> ids) => ids.All(statements.Contains) && ids.Count == Math.Min(50, statements.Count);

        // Prerendering: the loaded list goes into the persisted state.
        IncidentBrowser.PrerenderedList? persisted;
        BunitPersistentComponentState state = null!;
        await using (var prerender = DashboardBunit.Create(app, configure: c => state = c.AddBunitPersistentComponentState()))
        {
            prerender.Navigation().NavigateTo("/incidents?type=statement");
            var cut = prerender.Render<IncidentBrowser>(p => p.Add(b => b.Path, "/incidents").Add(b => b.Title, "Incidents"));
            cut.WaitForAssertion(() => IsFirstPage(ShownIds(cut)).ShouldBeTrue());
            state.TriggerOnPersisting();
            state.TryTake<IncidentBrowser.PrerenderedList>(Key, out persisted).ShouldBeTrue();
        }
        persisted!.Uri.ShouldEndWith("/incidents?type=statement");
        IsFirstPage(persisted.View.Results.Items.Select(i => i.Id).ToList()).ShouldBeTrue();
        persisted.View.Results.Total.ShouldBe(statements.Count);
        persisted.View.Facets.ShouldNotBeEmpty();

        // The circuit: a state that differs from the store (one incident only) is shown as it is, so nothing was queried.
        var only = persisted.View.Results.Items[0];
        var altered = persisted with { View = persisted.View with { Results = persisted.View.Results with { Items = [only], Total = 1 } } };
        await using var circuit = DashboardBunit.Create(app, configure: c => c.AddBunitPersistentComponentState().Persist(Key, altered));
        circuit.Navigation().NavigateTo("/incidents?type=statement");
        var shown = circuit.Render<IncidentBrowser>(p => p.Add(b => b.Path, "/incidents").Add(b => b.Title, "Incidents"));
        shown.WaitForAssertion(() => ShownIds(shown).ShouldBe([only.Id]));
        shown.Find(".result-count").TextContent.ShouldContain("of 1 incident");

        // A state for another URL is not taken: the list is queried.
        await using var other = DashboardBunit.Create(app, configure: c => c.AddBunitPersistentComponentState().Persist(Key, altered));
        other.Navigation().NavigateTo("/incidents?type=statement&sort=oldest");
        var queried = other.Render<IncidentBrowser>(p => p.Add(b => b.Path, "/incidents").Add(b => b.Title, "Incidents"));
        queried.WaitForAssertion(() => IsFirstPage(ShownIds(queried)).ShouldBeTrue());
    }
}
