using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Web.Dashboard;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Web.Tests.Pages;

/// <summary>
/// The app's kept reference rows (<see cref="StoreReferences"/>) and another process's commit: a state added through a
/// context of its own (as the CLI would add it) is in the next read of the app's contexts, because every read first asks
/// the store version watch, which sees the commit and shows the version's reference stamp to the rows.
/// </summary>
public sealed class ReferenceRowsTests
{
    [Fact]
    public async Task A_state_added_by_another_process_is_read_by_the_app()
    {
        await using var app = new EmptyDashboardFactory();
        var references = app.Services.GetRequiredService<StoreReferences>();
        var contexts = app.Services.GetRequiredService<StoreContexts>();
        await using var db = contexts.Open();
        var kept = await StoreReferences.ReadAsync(db);
        (await StoreReferences.ReadAsync(db)).ShouldBeSameAs(kept, "nothing written: the kept rows");
        kept.Actors.ShouldNotContain(a => a.CanonicalName == "XQZ");

        await using (var other = app.OpenStore())
        {
            other.Actors.Add(new Actor { Kind = ActorKind.State, Key = "XQZ", CanonicalName = "XQZ", DisplayName = "Elsewhere" });
            await other.SaveChangesAsync();
        }
        var read = await StoreReferences.ReadAsync(db);
        read.Actors.ShouldContain(a => a.CanonicalName == "XQZ" && a.DisplayName == "Elsewhere");
        references.StoreReads.ShouldBe(2);
    }
}
