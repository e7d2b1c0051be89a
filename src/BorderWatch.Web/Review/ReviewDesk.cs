using BorderWatch.Core.Review;
using BorderWatch.Web.Dashboard;

namespace BorderWatch.Web.Review;

/// <summary>
/// Runs one decision on its own short-lived store context (a circuit outlives many decisions and its events may
/// overlap), with the analyst's name checked: nobody signed in as an analyst cannot decide anything.
/// </summary>
public sealed class ReviewDesk(StoreContexts store, CurrentAnalyst current, TimeProvider time)
{
    public async Task<T> ReviewAsync<T>(Func<ReviewService, string, Task<T>> decide)
    {
        var analyst = await RequireAsync();
        await using var db = store.Open();
        return await decide(new ReviewService(db, time), analyst);
    }

    public async Task EventAsync(Func<EventService, string, Task> decide)
    {
        var analyst = await RequireAsync();
        await using var db = store.Open();
        await decide(new EventService(db, time), analyst);
    }

    private async Task<string> RequireAsync() =>
        await current.ReviewerAsync() ?? throw new ReviewException("analyst", "sign in as an analyst to make decisions");
}
