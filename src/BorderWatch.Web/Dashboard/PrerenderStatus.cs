namespace BorderWatch.Web.Dashboard;

/// <summary>
/// Lets an interactive page answer its prerendering request with a status (400 for a query it cannot apply), so
/// scripts and crawlers see the error too. Over the circuit there is no response any more and this does nothing.
/// </summary>
public sealed class PrerenderStatus(IHttpContextAccessor http)
{
    public void Set(int statusCode)
    {
        if (http.HttpContext is { Response.HasStarted: false, WebSockets.IsWebSocketRequest: false } context
            && HttpMethods.IsGet(context.Request.Method))
            context.Response.StatusCode = statusCode;
    }
}
