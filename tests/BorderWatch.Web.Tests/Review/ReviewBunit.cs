using BorderWatch.Web.Review;
using BorderWatch.Web.Tests.Components;
using BorderWatch.Web.Tests.Hosting;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;

namespace BorderWatch.Web.Tests.Review;

/// <summary>
/// A bUnit context for the review pages on a real SQLite store: the dashboard's services plus the review ones, and
/// bUnit's built-in authorization standing in for sign-in (a named user with roles, or nobody).
/// </summary>
public static class ReviewBunit
{
    public static BunitContext Create(DashboardFactory store, string? user, params string[] roles)
    {
        // Decisions write to a real store on a shared 2-core machine: the default 1 s wait is too tight.
        BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(15);
        return DashboardBunit.Create(store, configure: ctx =>
        {
            // The test process's one detector (the static the other tests use), as the app registers its own.
            ctx.Services.AddSingleton(BorderWatch.Ingestion.Incidents.IncidentDetector.Default);
            ctx.Services.AddScoped<ReprocessRun>();
            ctx.Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
            var auth = ctx.AddAuthorization();
            if (user is not null) auth.SetAuthorized(user).SetRoles(roles);
        });
    }

    /// <summary>Dialogs (and the popovers inside them) render into these providers.</summary>
    public static IRenderedComponent<MudDialogProvider> Dialogs(this BunitContext ctx)
    {
        ctx.Render<MudPopoverProvider>();
        return ctx.Render<MudDialogProvider>();
    }
}

