using BorderWatch.Core.Domain;
using BorderWatch.Web.Tests.Hosting;

namespace BorderWatch.Web.Tests.Review;

/// <summary>
/// The one place the review tests make HTTP clients of the app: anonymous, or signed in through identity's real
/// sign-in form (<see cref="SignedIn.SignedInClientAsync"/>) as a new account with a role.
/// </summary>
public static class ReviewClients
{
    public static async Task<HttpClient> ForAsync(DashboardFactory app, AccessRole? role = null, string? name = null) =>
        role is { } r ? await app.SignedInClientAsync(r, name, followRedirects: true) : app.CreateClient();
}
