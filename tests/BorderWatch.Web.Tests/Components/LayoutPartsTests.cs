using System.Diagnostics;
using BorderWatch.Web.Access;
using BorderWatch.Web.Components.Layout;
using BorderWatch.Web.Components.Pages;
using BorderWatch.Web.Components.Shared;
using BorderWatch.Web.Dashboard;
using BorderWatch.Web.Tests.Hosting;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace BorderWatch.Web.Tests.Components;

/// <summary>The layout, the account corner, the reconnect notice, the error and not-found pages and the keys dialog, rendered by bUnit.</summary>
/// <remarks>On the seeded store: the analyst's navigation counts the orphaned decisions waiting.</remarks>
[Collection(SeededDashboard.Name)]
public sealed class LayoutPartsTests(DashboardFactory app)
{
    /// <summary>The token the sign-out form must carry; the framework's provider needs a real request, which bUnit has not.</summary>
    private sealed class FixedAntiforgery : AntiforgeryStateProvider
    {
        public const string Token = "antiforgery-token-for-the-test";
        public override AntiforgeryRequestToken? GetAntiforgeryToken() => new(Token, "__RequestVerificationToken");
    }

    /// <param name="user">Signed in under this name, or nobody.</param>
    private BunitContext Context(string? user = null, params string[] policies) => DashboardBunit.Create(app, configure: ctx =>
    {
        ctx.Services.AddSingleton<AntiforgeryStateProvider, FixedAntiforgery>();
        var auth = ctx.AddAuthorization();
        if (user is not null) auth.SetAuthorized(user).SetPolicies(policies);
    });

    [Theory]
    [InlineData("/incidents?country=TKM", "/account/sign-in?ReturnUrl=%2Fincidents%3Fcountry%3DTKM")]
    [InlineData("/account/password", "/account/sign-in")]
    public async Task Account_menu_for_nobody_is_a_sign_in_link_that_comes_back_here(string here, string href)
    {
        await using var ctx = Context();
        ctx.Navigation().NavigateTo(here);

        var cut = ctx.Render<AccountMenu>();

        cut.Find("a.sign-in-link").GetAttribute("href").ShouldBe(href);
        cut.FindAll("form, .account-name").ShouldBeEmpty();
    }

    [Fact]
    public async Task Account_menu_for_a_signed_in_user_names_them_and_signs_out_by_a_protected_post()
    {
        await using var ctx = Context("aziza");
        var cut = ctx.Render<AccountMenu>();

        cut.Find(".account-name").TextContent.ShouldBe("aziza");
        cut.FindAll("a.account-link").Select(a => (a.TextContent, a.GetAttribute("href"))).ShouldBe([("API tokens", "/account/tokens"), ("Password", "/account/password")]);
        var form = cut.Find("form.sign-out-form");
        form.GetAttribute("method").ShouldBe("post");
        form.GetAttribute("action").ShouldBe("/account/sign-out");
        form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value").ShouldBe(FixedAntiforgery.Token);
        form.QuerySelector("button[type=submit]")!.TextContent.ShouldBe("Sign out");
        cut.FindAll("a.sign-in-link").ShouldBeEmpty();
    }

    [Fact]
    public async Task Reconnect_modal_is_an_assertive_alert_dialog_whose_buttons_need_no_inline_script()
    {
        await using var ctx = Context();
        var cut = ctx.Render<ReconnectModal>();

        var modal = cut.Find("#components-reconnect-modal");
        modal.GetAttribute("role").ShouldBe("alertdialog");
        modal.GetAttribute("aria-live").ShouldBe("assertive");
        cut.Find("#" + modal.GetAttribute("aria-labelledby")).TextContent.ShouldContain("reconnecting");
        cut.FindAll("[data-reconnect]").Select(e => e.GetAttribute("data-reconnect")).ShouldBe(["retry", "reload", "reload"]);
        cut.FindAll("*").ShouldAllBe(e => !e.Attributes.Any(a => a.Name.StartsWith("on")));
        cut.Find(".reconnect-rejected-text").TextContent.ShouldContain("the URL keeps your filters");
    }

    [Theory]
    [InlineData("/incidents/987654", "Incident not found", "There is no incident #987654.", "/incidents")]
    [InlineData("/actors/55555", "Actor not found", "There is no actor #55555.", "/actors")]
    [InlineData("/borders/XYZ-ABC", "Unknown border", "does not track a border “XYZ-ABC”", "/")]
    [InlineData("/no/such/page?x=1", "Page not found", "There is nothing at this address.", "/")]
    public async Task Not_found_says_what_is_missing_and_where_to_go_instead(string here, string title, string detail, string href)
    {
        await using var ctx = Context();
        ctx.Navigation().NavigateTo(here);

        var cut = ctx.Render<NotFound>();

        cut.Find("h1").TextContent.ShouldBe(title);
        cut.Find(".lead").TextContent.ShouldContain(detail);
        cut.FindAll("a").Select(a => a.GetAttribute("href")).ShouldBe([href, "/", "/incidents", "/actors", "/articles"]);
    }

    [Fact]
    public async Task Error_page_is_friendly_answers_500_and_quotes_the_request_id()
    {
        await using var ctx = Context();
        var previous = Activity.Current;
        Activity.Current = null;
        try
        {
            var http = new DefaultHttpContext { TraceIdentifier = "0HNTEST:00000042" };
            var cut = ctx.Render<Error>(p => p.AddCascadingValue<HttpContext>(http));

            cut.Find("h1").TextContent.ShouldBe("Something went wrong");
            cut.Markup.ShouldContain("Nothing stored was changed");
            cut.Find("code").TextContent.ShouldBe("0HNTEST:00000042");
            cut.Markup.ShouldNotContain("Exception");
            http.Response.StatusCode.ShouldBe(StatusCodes.Status500InternalServerError);
            cut.Find("a").GetAttribute("href").ShouldBe("/");

            // A traced request quotes the trace's id, the one the server log carries.
            using var activity = new Activity("request").Start();
            var traced = ctx.Render<Error>(p => p.AddCascadingValue<HttpContext>(new DefaultHttpContext()));
            traced.Find("code").TextContent.ShouldBe(activity.Id);
        }
        finally
        {
            Activity.Current = previous;
        }
    }

    [Fact]
    public async Task Time_axis_keys_dialog_lists_every_key_and_closes()
    {
        await using var ctx = Context();
        ctx.Render<MudPopoverProvider>();
        var dialogs = ctx.Render<MudDialogProvider>();
        var service = ctx.Services.GetRequiredService<IDialogService>();

        var reference = await dialogs.InvokeAsync(() => service.ShowAsync<TimeAxisKeysDialog>("Timeline keyboard shortcuts"));

        dialogs.Find(".time-axis-keys-dialog [aria-label='Keys of the timeline chart']").ShouldNotBeNull();
        dialogs.FindAll(".time-axis-keys-dialog tbody tr").Select(r => (r.QuerySelector("kbd")!.TextContent, r.Children[1].TextContent))
            .ShouldBe(KeyboardBrush.Help);
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Close").Click();
        (await reference.Result)!.Canceled.ShouldBeFalse();
        dialogs.WaitForAssertion(() => dialogs.FindAll(".time-axis-keys-dialog").ShouldBeEmpty());
    }

    private sealed class Boom : ComponentBase
    {
        [Parameter] public bool Fail { get; set; }
        protected override void OnParametersSet()
        {
            if (Fail) throw new InvalidOperationException("secret connection string");
        }
    }

    private static IRenderedComponent<MainLayout> Layout(BunitContext ctx, RenderFragment body, int width = 1280)
    {
        ctx.JSInterop.Setup<int>("borderWatch.ready").SetResult(width);
        ctx.JSInterop.Setup<string?>("borderWatch.theme.get").SetResult(null);
        ctx.JSInterop.Setup<bool>("borderWatch.theme.systemPrefersDark").SetResult(false);
        return ctx.Render<MainLayout>(p => p.Add(l => l.Body, body));
    }

    [Fact]
    public async Task Main_layout_shows_the_page_a_skip_link_to_it_and_the_navigation()
    {
        await using var ctx = Context();
        ctx.Navigation().NavigateTo("/incidents?type=agreement");
        var cut = Layout(ctx, b => b.AddMarkupContent(0, "<p id=\"page-body\">the page</p>"));

        cut.Find("main#main #page-body").TextContent.ShouldBe("the page");
        cut.Find("a.skip-link").GetAttribute("href").ShouldBe("incidents?type=agreement#main");
        var nav = cut.FindAll("#nav-drawer a").Select(a => a.GetAttribute("href")).ToList();
        nav.ShouldContain("/incidents");
        nav.ShouldContain("/review");
        // Nobody signed in: no ingest or admin links.
        nav.ShouldNotContain("/ingest");
        nav.ShouldNotContain("/admin/users");
        cut.Find("a.sign-in-link").ShouldNotBeNull();
    }

    [Fact]
    public async Task Main_layout_shows_analyst_and_admin_links_only_to_those_allowed()
    {
        await using var analyst = Context("aziza", AccessPolicies.Analyst);
        var a = Layout(analyst, b => b.AddContent(0, "x")).FindAll("#nav-drawer a").Select(e => e.GetAttribute("href")).ToList();
        a.ShouldContain("/ingest");
        a.ShouldNotContain("/admin/users");

        await using var admin = Context("root", AccessPolicies.Analyst, AccessPolicies.Admin);
        var b = Layout(admin, f => f.AddContent(0, "x")).FindAll("#nav-drawer a").Select(e => e.GetAttribute("href")).ToList();
        b.ShouldContain("/admin/users");
        b.ShouldContain("/audit");
        b.ShouldContain("/admin/reprocess");
    }

    [Fact]
    public async Task Main_layout_toggles_the_drawer_and_the_theme_and_remembers_the_theme()
    {
        await using var ctx = Context();
        var cut = Layout(ctx, b => b.AddContent(0, "x"));

        // The drawer's button says what it will do and whether the drawer is open, and each click flips both.
        var open = cut.Find("button[aria-controls=nav-drawer]").GetAttribute("aria-expanded") == "true";
        for (var i = 0; i < 2; i++)
        {
            cut.Find("button[aria-controls=nav-drawer]").Click();
            open = !open;
            var menu = cut.Find("button[aria-controls=nav-drawer]");
            menu.GetAttribute("aria-expanded").ShouldBe(open ? "true" : "false");
            menu.GetAttribute("aria-label").ShouldBe(open ? "Close navigation" : "Open navigation");
        }

        var set = ctx.JSInterop.SetupVoid("borderWatch.theme.set", _ => true);
        cut.Find("button.theme-toggle").GetAttribute("aria-label").ShouldBe("Switch to the dark theme");
        cut.Find("button.theme-toggle").Click();
        set.VerifyInvoke("borderWatch.theme.set").Arguments.ShouldBe(["dark"]);
        cut.Find("button.theme-toggle").GetAttribute("aria-label").ShouldBe("Switch to the light theme");
    }

    [Theory]
    [InlineData("dark", false, true)]
    [InlineData("light", true, false)]
    [InlineData(null, true, true)]
    [InlineData(null, false, false)]
    public async Task Main_layout_starts_in_the_remembered_theme_or_else_the_systems(string? remembered, bool systemDark, bool dark)
    {
        await using var ctx = Context();
        ctx.JSInterop.Setup<int>("borderWatch.ready").SetResult(1280);
        ctx.JSInterop.Setup<string?>("borderWatch.theme.get").SetResult(remembered);
        ctx.JSInterop.Setup<bool>("borderWatch.theme.systemPrefersDark").SetResult(systemDark);
        var cut = ctx.Render<MainLayout>(p => p.Add(l => l.Body, b => b.AddContent(0, "x")));

        cut.WaitForAssertion(() => cut.Find("button.theme-toggle").GetAttribute("aria-label").ShouldBe(dark ? "Switch to the light theme" : "Switch to the dark theme"));
    }

    [Fact]
    public async Task Main_layout_catches_a_failing_view_without_showing_its_exception_and_recovers_on_navigation()
    {
        await using var ctx = Context();
        var fail = true;
        var cut = Layout(ctx, b => { b.OpenComponent<Boom>(0); b.AddComponentParameter(1, nameof(Boom.Fail), fail); b.CloseComponent(); });

        var alert = cut.Find(".error-boundary");
        alert.GetAttribute("role").ShouldBe("alert");
        alert.TextContent.ShouldContain("This view failed to load");
        cut.Markup.ShouldNotContain("secret connection string");

        fail = false;
        cut.Render(p => p.Add(l => l.Body, b => { b.OpenComponent<Boom>(0); b.AddComponentParameter(1, nameof(Boom.Fail), fail); b.CloseComponent(); b.AddMarkupContent(2, "<p id=\"ok\">fine</p>"); }));
        ctx.Navigation().NavigateTo("/articles");
        cut.WaitForAssertion(() => cut.Find("#ok").TextContent.ShouldBe("fine"));
        cut.FindAll(".error-boundary").ShouldBeEmpty();
    }
}
