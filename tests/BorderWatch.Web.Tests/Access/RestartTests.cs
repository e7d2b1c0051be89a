using System.Net;
using BorderWatch.Core.Domain;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace BorderWatch.Web.Tests.Access;

/// <summary>The data-protection keys live next to the store, so a sign-in survives a restart of the app.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task A_sign_in_cookie_still_works_after_the_app_restarts_on_the_same_store()
    {
        var dir = Directory.CreateTempSubdirectory("bw-restart-").FullName;
        var store = ("Store:ConnectionString", $"Data Source={Path.Combine(dir, "store.db")}");
        try
        {
            string cookie;
            await using (var first = new ConfiguredDashboardFactory(store))
            {
                await first.AddAccountAsync("stays", AccessRole.Analyst);
                var signIn = await first.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
                    .PostSignInAsync("stays", SignedIn.Password);
                signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
                cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("BorderWatch.SignIn=", StringComparison.Ordinal)).Split(';')[0];
            }
            Directory.GetFiles(Path.Combine(dir, "keys"), "key-*.xml").ShouldNotBeEmpty("the keys are kept beside the store");

            await using var second = new ConfiguredDashboardFactory(store);
            var client = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
            using var request = new HttpRequestMessage(HttpMethod.Get, "/ingest") { Headers = { { "Cookie", cookie } } };
            (await client.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.OK, "the restarted app reads the first one's cookie");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }
}
