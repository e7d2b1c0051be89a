namespace BorderWatch.Web.Dashboard;

/// <summary>What of a request's query string a page marked <see cref="CachedForAnonymousVisitorsAttribute"/> shows.</summary>
public enum PageQuery
{
    /// <summary>Nothing: every query string shows the same page (the overview).</summary>
    Nothing,
    /// <summary>An incident list (<see cref="IncidentListRequest"/>): filter, order, page, selection and row unit.</summary>
    IncidentList,
}

/// <summary>A full page load, or Blazor's enhanced-navigation fetch of the page (a different answer).</summary>
public enum PageNavigation { PageLoad, Enhanced }

/// <summary>
/// Marks a page whose HTML is the same for every anonymous visitor (it shows only what the store holds), so
/// <see cref="AnonymousPageCache"/> may answer it from the output cache, keyed by what it reads (<see cref="Reads"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CachedForAnonymousVisitorsAttribute : Attribute
{
    /// <summary>What of the query string the page shows.</summary>
    public PageQuery Reads { get; set; } = PageQuery.Nothing;

    /// <summary>Query keys the route decides and the page ignores (the border timeline's <c>border</c>).</summary>
    public string[] RouteKeys { get; set; } = [];
}

/// <summary>
/// The part of an anonymous request that decides a cached page: the list it shows written back in its one canonical
/// form (<see cref="IncidentListUrl.Query"/>: known keys only, in a fixed order, codes normalised, defaults left out, the
/// analysts' <c>all</c> dropped as the page drops it for readers) and the kind of navigation.
/// </summary>
public sealed record CachedPageKey(string Shows, PageNavigation Navigation)
{
    /// <summary>The key, or null when the page refuses the query (it answers 400, and nothing is looked up or kept).</summary>
    public static CachedPageKey? For(CachedForAnonymousVisitorsAttribute page, HttpRequest request)
    {
        var shows = "";
        if (page.Reads == PageQuery.IncidentList)
        {
            var list = IncidentListRequest.Parse(request.Query, page.RouteKeys);
            if (list.Errors.Count > 0) return null;
            shows = (list with { Filter = list.Filter with { IncludeRejected = false } }).UrlFor("").Query;
        }
        return new CachedPageKey(shows, NavigationOf(request));
    }

    /// <summary>Blazor's enhanced navigation asks with <c>Accept: text/html; blazor-enhanced-nav=on</c>.</summary>
    private static PageNavigation NavigationOf(HttpRequest request) =>
        request.Headers.Accept.Any(a => a?.Contains("blazor-enhanced-nav=on", StringComparison.OrdinalIgnoreCase) == true)
            ? PageNavigation.Enhanced : PageNavigation.PageLoad;
}
