using System.Text.RegularExpressions;
using BorderWatch.Core.Accounts;
using BorderWatch.Core.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BorderWatch.Web.BrowserTests;

/// <summary>
/// Browser pages signed in as a new account with a role: the account is made with <see cref="AccountService"/> on
/// the server's own store, then the browser fills and submits the real sign-in form, as a person would.
/// </summary>
public static class SignedIn
{
    /// <summary>The password of every account these helpers create.</summary>
    public const string Password = "correct horse battery staple";

    private static int count;

    public static async Task<string> AddAccountAsync(this BrowserFixture fx, AccessRole role, string? name = null)
    {
        name ??= $"{role.RoleName()}{Interlocked.Increment(ref count)}";
        await using var scope = fx.Server.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountService>().AddAsync(name, role, Password);
        return name;
    }

    /// <summary>A fresh browser context signed in as a new account with <paramref name="role"/>, on the overview.</summary>
    public static async Task<IPage> SignedInPageAsync(this BrowserFixture fx, AccessRole role, BrowserNewContextOptions? options = null, string? name = null)
    {
        name = await fx.AddAccountAsync(role, name);
        var page = await fx.NewPageAsync(options);
        await page.SignInAsync(name, Password);
        return page;
    }

    /// <summary>Fills and submits the sign-in form; waits until the browser has left it and the page it landed on is ready.</summary>
    public static async Task SignInAsync(this IPage page, string name, string password)
    {
        await page.OpenAsync("/account/sign-in");
        await page.FillAsync("#sign-in-name", name);
        await page.FillAsync("#sign-in-password", password);
        await page.ClickAsync("form.account-form button[type=submit]");
        await page.WaitForAddressAsync(new Regex("^(?!.*/account/sign-in)"));
        await page.WaitForReadyAsync();
    }
}
