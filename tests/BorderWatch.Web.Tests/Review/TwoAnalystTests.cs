using BorderWatch.Core.Domain;
using BorderWatch.Web.Components.Decisions;
using BorderWatch.Web.Tests.Hosting;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Tests.Review;

/// <summary>Analyst A corrects through the UI; analyst B, signed in through identity, sees the corrected value and A's name; a reader sees no actions.</summary>
public sealed class TwoAnalystTests(DashboardFactory app) : IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task A_corrects_and_B_sees_the_corrected_value_and_As_name()
    {
        int id;
        await using (var db = app.OpenStore())
            id = await db.Incidents.Where(i => !i.Hidden && !i.Reviews.Any()).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();

        await using (var ctx = ReviewBunit.Create(app, "anna", "analyst"))
        {
            var dialogs = ctx.Dialogs();
            var panel = ctx.Render<IncidentReviewPanel>(p => p.Add(x => x.IncidentId, id));
            panel.WaitForElement(".action-correct").Click();
            dialogs.WaitForElement("#correct-attribution").Change("the State Border Service of Kyrgyzstan");
            dialogs.Find(".correct-submit").Click();
            panel.WaitForAssertion(() => panel.Find(".reviewed-by").TextContent.ShouldContain("anna"));
        }

        using var b = await ReviewClients.ForAsync(app, AccessRole.Analyst, "ben");
        var page = await b.GetStringAsync($"/incidents/{id}");
        page.ShouldContain("the State Border Service of Kyrgyzstan");
        page.ShouldContain("Corrected by <strong>anna</strong>");
        page.ShouldContain("review-actions", Case.Sensitive, "B is an analyst: the actions are there");

        using var reader = await ReviewClients.ForAsync(app);
        var readOnly = await reader.GetStringAsync($"/incidents/{id}");
        readOnly.ShouldContain("the State Border Service of Kyrgyzstan");
        readOnly.ShouldNotContain("review-actions");
        var audit = await reader.GetAsync("/audit");
        audit.RequestMessage!.RequestUri!.AbsolutePath.ShouldStartWith("/account/sign-in", Case.Sensitive, "the audit page is for admins");
    }
}
