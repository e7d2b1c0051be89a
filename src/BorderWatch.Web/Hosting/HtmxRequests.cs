namespace BorderWatch.Web.Hosting;

/// <summary>
/// htmx swaps a region of the page: such requests get the page body without the site frame (see Root.razor).
/// Responses vary on the header so no cache serves a fragment as a page.
/// </summary>
public static class HtmxRequests
{
    public static bool IsFragmentRequest(HttpRequest request) =>
        request.Headers.ContainsKey("HX-Request") && !request.Headers.ContainsKey("HX-History-Restore-Request")
        && !request.Headers.ContainsKey("HX-Boosted");

    public static IApplicationBuilder UseHtmxVary(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.Append("Vary", "HX-Request");
            return Task.CompletedTask;
        });
        await next();
    });
}
