using System.Net;
using BorderWatch.Core.Domain;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BorderWatch.Web.Tests.Hardening;

/// <summary>
/// The sign-in cookie's flags (ASVS 3.4.1-3.4.3): HttpOnly and SameSite always, Secure on HTTPS requests. Secure is
/// "same as request", so a plain-HTTP request (a developer on localhost) gets a cookie it can send back.
/// </summary>
public sealed class CookieFlagTests(EmptyDashboardFactory app) : IClassFixture<EmptyDashboardFactory>
{
    private async Task<string[]> SignInCookieAttributesAsync(string baseAddress, string name)
    {
        await app.AddAccountAsync(name, AccessRole.Reader);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(baseAddress) });
        var response = await client.PostSignInAsync(name, SignedIn.Password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, "signed in");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("BorderWatch.SignIn=", StringComparison.Ordinal));
        return cookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToArray();
    }

    [Fact]
    public async Task On_https_the_sign_in_cookie_is_secure_http_only_and_same_site()
    {
        var attributes = await SignInCookieAttributesAsync("https://borderwatch.example/", "cookie-https");
        attributes.ShouldContain("secure");
        attributes.ShouldContain("httponly");
        attributes.ShouldContain("samesite=lax");
    }

    [Fact]
    public async Task On_plain_http_it_is_http_only_and_same_site_but_not_secure()
    {
        var attributes = await SignInCookieAttributesAsync("http://localhost/", "cookie-http");
        attributes.ShouldNotContain("secure");
        attributes.ShouldContain("httponly");
        attributes.ShouldContain("samesite=lax");
    }
}
