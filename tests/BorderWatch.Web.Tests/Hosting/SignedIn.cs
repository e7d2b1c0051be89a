using System.Net;
using BorderWatch.Core.Accounts;
using BorderWatch.Core.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Web.Tests.Hosting;

/// <summary>
/// Signed-in clients for tests: an account is created with <see cref="AccountService"/> on the app's own store and
/// signed in through the real sign-in form (antiforgery token and form name read from the page), so the client
/// carries the same cookie a browser would.
/// </summary>
public static class SignedIn
{
    /// <summary>The password of every account these helpers create.</summary>
    public const string Password = "correct horse battery staple";

    public static async Task<BorderWatchUser> AddAccountAsync(this WebApplicationFactory<Program> app, string name, AccessRole role, string password = Password)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<AccountService>().AddAsync(name, role, password)).User;
    }

    /// <summary>
    /// A client signed in as a new account with <paramref name="role"/> (named <paramref name="name"/>, or the role
    /// plus a number). It does not follow redirects unless <paramref name="followRedirects"/>, so tests can see them.
    /// </summary>
    public static async Task<HttpClient> SignedInClientAsync(this WebApplicationFactory<Program> app, AccessRole role, string? name = null,
        bool followRedirects = false)
    {
        name ??= $"{role.RoleName()}{Interlocked.Increment(ref count)}";
        await app.AddAccountAsync(name, role);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects });
        var response = await client.PostSignInAsync(name, Password);
        var landed = response.StatusCode == HttpStatusCode.Redirect ? response.Headers.Location?.OriginalString : response.RequestMessage?.RequestUri?.AbsolutePath;
        if (landed is null || landed.StartsWith("/account/sign-in", StringComparison.Ordinal))
            throw new InvalidOperationException($"signing in as {name} ({role.RoleName()}) did not succeed: {(int)response.StatusCode} {landed}");
        return client;
    }

    /// <summary>Fills and posts the sign-in form as a browser would; the answer is the form post's (a redirect on success).</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(this HttpClient client, string name, string password, string? returnUrl = null)
    {
        var url = returnUrl is null ? "/account/sign-in" : $"/account/sign-in?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        var (page, form) = await client.GetPageAsync(url);
        page.EnsureSuccessStatusCode();
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var hidden in form.QuerySelectorAll("form.account-form input[type=hidden]"))
            fields.Add(new(hidden.GetAttribute("name")!, hidden.GetAttribute("value") ?? ""));
        fields.Add(new("Input.Name", name));
        fields.Add(new("Input.Password", password));
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>The hidden fields (antiforgery token, form name) of the form <paramref name="selector"/> on <paramref name="page"/>.</summary>
    public static async Task<List<KeyValuePair<string, string>>> FormFieldsAsync(this HttpClient client, string page, string selector)
    {
        var (response, doc) = await client.GetPageAsync(page);
        response.EnsureSuccessStatusCode();
        var form = doc.QuerySelector(selector) ?? throw new InvalidOperationException($"no form '{selector}' on {page}");
        return form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? "")).ToList();
    }

    private static int count;
}

/// <summary>A dashboard on an empty store with extra settings (e.g. <c>BorderWatch:Access:ReadRequiresSignIn</c>).</summary>
public sealed class ConfiguredDashboardFactory(params (string Key, string Value)[] settings) : DashboardFactory
{
    protected override bool ImportSeeds => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }
}
