using BorderWatch.Web.Tests.Hosting;

namespace BorderWatch.Web.Tests.Review;

/// <summary>
/// The one place the review tests make HTTP clients of the app. Until sign-in exists every client is anonymous
/// (reads are open); when identity is merged, <see cref="For"/> signs the user in through identity's test helper.
/// </summary>
public static class ReviewClients
{
    public static HttpClient For(DashboardFactory app, string? user = null, params string[] roles)
    {
        _ = (user, roles);   // no sign-in yet: reads are open to everyone
        return app.CreateClient();
    }
}
