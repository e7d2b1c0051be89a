using System.Globalization;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Review;
using Microsoft.Extensions.Primitives;

namespace BorderWatch.Web.Dashboard;

/// <summary>
/// The state of the event list as a URL: <c>border</c> (a code or <c>none</c>), <c>type</c> (comma-separated codes),
/// <c>from</c>/<c>to</c> (partial dates, overlapping the event's dates), <c>proposals=hide</c> (accepted events only) or <c>proposals=only</c>
/// (the machine's proposals awaiting an analyst), <c>sort</c> (newest,
/// oldest, type, border) and <c>page</c>. The filter keys are read as on <c>/incidents</c>; keys of other filters
/// are ignored.
/// </summary>
public sealed record EventListUrl(EventFilter Filter, EventOrder Order = EventOrder.Newest, int Page = 1)
{
    public const string Path = "/events";

    public static (EventListUrl Url, IReadOnlyList<string> Errors) Parse(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var values = query.GroupBy(kv => kv.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (string?)string.Join(",", g.SelectMany(kv => kv.Value).Where(v => !string.IsNullOrWhiteSpace(v))),
                StringComparer.OrdinalIgnoreCase);
        var known = new[] { "border", "type", "from", "to" };
        var (incidents, errors) = IncidentFilterParser.Parse(values.Where(kv => known.Contains(kv.Key, StringComparer.OrdinalIgnoreCase))
            .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.OrdinalIgnoreCase));
        var all = errors.ToList();
        var filter = new EventFilter
        {
            Border = incidents.Border, WithoutBorder = incidents.WithoutBorder, Types = incidents.Types, From = incidents.From, To = incidents.To,
            IncludeProposed = !string.Equals(values.GetValueOrDefault("proposals"), "hide", StringComparison.OrdinalIgnoreCase),
            OnlyProposed = string.Equals(values.GetValueOrDefault("proposals"), "only", StringComparison.OrdinalIgnoreCase),
        };
        if (values.GetValueOrDefault("proposals") is { Length: > 0 } shown && !filter.OnlyProposed && filter.IncludeProposed
            && !string.Equals(shown, "show", StringComparison.OrdinalIgnoreCase))
            all.Add($"proposals: '{shown}' is not a choice (use hide, only or show)");
        var order = EventOrder.Newest;
        if (values.GetValueOrDefault("sort") is { Length: > 0 } sort && !Enum.TryParse(sort, ignoreCase: true, out order))
        {
            all.Add($"sort: '{sort}' is not an order (use one of {string.Join(", ", Enum.GetNames<EventOrder>().Select(n => n.ToLowerInvariant()))})");
            order = EventOrder.Newest;
        }
        var page = 1;
        if (values.GetValueOrDefault("page") is { Length: > 0 } text
            && !(int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out page) && page >= 1))
        {
            all.Add($"page: '{text}' is not a page number (a whole number from 1)");
            page = 1;
        }
        return (new EventListUrl(filter, order, page), all);
    }

    public string Query
    {
        get
        {
            var parts = new List<string>();
            if (Filter.WithoutBorder) parts.Add("border=" + IncidentFacets.NoBorder);
            else if (!string.IsNullOrWhiteSpace(Filter.Border)) parts.Add("border=" + Uri.EscapeDataString(Filter.Border));
            if (Filter.Types.Count > 0) parts.Add("type=" + string.Join(",", Filter.Types.Select(t => t.ToCode())));
            if (Filter.From is { } from) parts.Add("from=" + from);
            if (Filter.To is { } to) parts.Add("to=" + to);
            if (Filter.OnlyProposed) parts.Add("proposals=only");
            else if (!Filter.IncludeProposed) parts.Add("proposals=hide");
            if (Order != EventOrder.Newest) parts.Add("sort=" + Order.ToString().ToLowerInvariant());
            if (Page > 1) parts.Add("page=" + Page.ToString(CultureInfo.InvariantCulture));
            return string.Join("&", parts);
        }
    }

    public override string ToString() => Query.Length == 0 ? Path : Path + "?" + Query;

    public bool IsFiltered => (this with { Order = EventOrder.Newest, Page = 1 }).Query.Length > 0;

    public EventListUrl WithFilter(EventFilter filter) => this with { Filter = filter, Page = 1 };
    public EventListUrl WithOrder(EventOrder order) => this with { Order = order, Page = 1 };
    public EventListUrl WithPage(int page) => this with { Page = page };
}
