using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Review;

namespace BorderWatch.Web.Dashboard;

/// <summary>
/// The state of an incident list as a URL: path, the filter the query string carries, order, page and the selected
/// incident. Every step on a list (facet, actor chip, removable filter, sort, pager, brushed range) is one of these,
/// so every view can be shared. Filters fixed by the route (a border page's border, an actor page's actor) are not
/// part of <see cref="Filter"/>. <see cref="Unit"/> lists one row per report (the default) or per event (<c>by=event</c>).
/// </summary>
public sealed record IncidentListUrl(string Path, IncidentFilter Filter, IncidentOrder Order = IncidentOrder.Newest, int Page = 1, int? Selected = null,
    ListUnit Unit = ListUnit.Report)
{
    /// <summary>The query key and value of the event rows.</summary>
    public const string ByKey = "by", ByEvent = "event", ByReport = "report";

    public string Query
    {
        get
        {
            var parts = new List<string>();
            var filter = FilterQuery(Filter);
            if (filter.Length > 0) parts.Add(filter);
            if (Unit == ListUnit.Event) parts.Add(ByKey + "=" + ByEvent);
            if (Order != IncidentOrder.Newest) parts.Add("sort=" + IncidentFilterParser.OrderCode(Order));
            if (Page > 1) parts.Add("page=" + Page);
            if (Selected is int s) parts.Add("incident=" + s);
            return string.Join("&", parts);
        }
    }

    /// <summary>The filter's query string (border=none, dates=within and actors=all included).</summary>
    public static string FilterQuery(IncidentFilter f) => IncidentFilterParser.ToQueryString(f);

    public override string ToString() => Query.Length == 0 ? Path : Path + "?" + Query;

    /// <summary>The list of every incident (<c>/incidents</c>) under this filter.</summary>
    public static IncidentListUrl ForIncidents(IncidentFilter filter) => new("/incidents", filter);

    /// <summary>The list without one of its places (the place's chip removed).</summary>
    public IncidentListUrl WithoutPlace(int placeId) => WithFilter(Filter with { PlaceIds = Filter.PlaceIds.Where(p => p != placeId).ToList() });

    public bool IsFiltered => FilterQuery(Filter).Length > 0;

    public IncidentListUrl WithPage(int page) => this with { Page = page };

    public IncidentListUrl WithOrder(IncidentOrder order) => this with { Order = order, Page = 1 };

    public IncidentListUrl WithFilter(IncidentFilter filter) => this with { Filter = filter, Page = 1 };

    public IncidentListUrl WithSelected(int? id) => this with { Selected = id };

    /// <summary>The same list by reports or by events, from its first page.</summary>
    public IncidentListUrl WithUnit(ListUnit unit) => this with { Unit = unit, Page = 1 };

    public bool Has(FacetField field, string value) => Values(field).Contains(value, StringComparer.OrdinalIgnoreCase);

    /// <summary>The list with this facet value ticked, or unticked when it already is.</summary>
    public IncidentListUrl Toggle(FacetField field, string value)
    {
        var values = Values(field).ToList();
        var present = values.FindIndex(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase));
        if (present >= 0) values.RemoveAt(present); else values.Add(value);
        return WithFilter(IncidentFacets.WithValues(Filter, field, values));
    }

    /// <summary>The list narrowed to an actor: a country, organization or person filter by kind.</summary>
    public IncidentListUrl WithActor(ActorKind kind, string canonicalName)
    {
        var field = FieldOf(kind);
        return field is null || Has(field.Value, canonicalName) ? this : Toggle(field.Value, canonicalName);
    }

    public static FacetField? FieldOf(ActorKind kind) => kind switch
    {
        ActorKind.State => FacetField.Country,
        ActorKind.Organization or ActorKind.ArmedGroup => FacetField.Organization,
        ActorKind.Person => FacetField.Person,
        _ => null,
    };

    public IReadOnlyList<string> Values(FacetField field) => IncidentFacets.ValuesOf(Filter, field);
}
