using System.Text.RegularExpressions;
using BorderWatch.Core.Domain;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BorderWatch.Web.BrowserTests;

/// <summary>Signing in and out in a real browser: the static form, the return to the page asked for, the role in the nav.</summary>
public sealed class SignInTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_analyst_signs_in_from_the_ingest_page_uses_it_and_signs_out()
    {
        var name = await fx.AddAccountAsync(AccessRole.Analyst);
        var page = await fx.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) refused.Add(m.Text); };

        await page.OpenAsync("/ingest");
        page.Here().ShouldBe("/account/sign-in?ReturnUrl=%2Fingest");
        await page.FillAsync("#sign-in-name", name);
        await page.FillAsync("#sign-in-password", SignedIn.Password);
        await page.ClickAsync("form.account-form button[type=submit]");
        await page.WaitForAddressAsync(new Regex("/ingest$"));
        await page.WaitForReadyAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Add articles");
        await Expect(page.Locator(".account-name")).ToHaveTextAsync(name);
        await Expect(page.Locator(".mud-nav-link[href='/ingest']")).ToBeVisibleAsync();

        await page.ClickAsync("button.sign-out");
        await page.WaitForPathAsync("/");
        await Expect(page.Locator("a.sign-in-link")).ToBeVisibleAsync();
        await Expect(page.Locator(".mud-nav-link[href='/ingest']")).ToHaveCountAsync(0);
        refused.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_wrong_password_is_told_and_a_reader_sees_no_ingest_link()
    {
        var name = await fx.AddAccountAsync(AccessRole.Reader);
        var page = await fx.NewPageAsync();
        await page.OpenAsync("/account/sign-in");
        await page.FillAsync("#sign-in-name", name);
        await page.FillAsync("#sign-in-password", "not the password at all");
        await page.ClickAsync("form.account-form button[type=submit]");
        await Expect(page.Locator(".sign-in-error")).ToContainTextAsync("Wrong account name or password");

        await page.SignInAsync(name, SignedIn.Password);
        await page.OpenAsync("/");
        await Expect(page.Locator(".account-name")).ToHaveTextAsync(name);
        await Expect(page.Locator(".mud-nav-link[href='/ingest']")).ToHaveCountAsync(0);
        await page.OpenAsync("/ingest");
        page.Here().ShouldStartWith("/account/denied");
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Not allowed");
    }
}
