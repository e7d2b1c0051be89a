using System.Globalization;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Review;
using Microsoft.Extensions.Primitives;

namespace BorderWatch.Web.Dashboard;

/// <summary>
/// An incident list as the query string asks for it: the filter, the order, the page, the selected incident, and
/// what was wrong with the query. Repeated keys (ticked checkboxes) and comma-separated lists both work.
/// Beside the filter keys of <see cref="IncidentFilterParser"/> the list reads <c>border=none</c> (no border),
/// <c>dates=within</c> (only incidents whose whole date lies in from–to), <c>actors=all</c> (every selected actor),
/// <c>sort</c> and <c>page</c>, <c>incident</c> (the incident selected on a timeline) and <c>by=event</c> (one row per
/// event instead of per report).
/// </summary>
public sealed record IncidentListRequest(IncidentFilter Filter, IncidentOrder Order, int Page, IReadOnlyList<string> Errors, int? Selected = null,
    ListUnit Unit = ListUnit.Report)
{
    public static string OrderKey(IncidentOrder order) => IncidentFilterParser.OrderCode(order);

    /// <param name="query">The request's query string.</param>
    /// <param name="fixedKeys">Keys the route decides (a border page ignores <c>border</c>).</param>
    public static IncidentListRequest Parse(IEnumerable<KeyValuePair<string, StringValues>> query, params string[] fixedKeys)
    {
        var values = query
            .Where(kv => !fixedKeys.Contains(kv.Key, StringComparer.OrdinalIgnoreCase))
            .GroupBy(kv => kv.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (string?)string.Join(",", g.SelectMany(kv => kv.Value).Where(v => !string.IsNullOrWhiteSpace(v))),
                StringComparer.OrdinalIgnoreCase);
        var errors = new List<string>();

        var (filter, parseErrors) = IncidentFilterParser.Parse(values);
        errors.AddRange(parseErrors);

        var order = IncidentOrder.Newest;
        if (values.GetValueOrDefault("sort") is { Length: > 0 } sort && !IncidentFilterParser.TryParseOrder(sort, out order))
        {
            errors.Add($"sort: '{sort}' is not an order (use one of {string.Join(", ", Enum.GetValues<IncidentOrder>().Select(IncidentFilterParser.OrderCode))})");
            order = IncidentOrder.Newest;
        }

        var page = 1;
        if (values.GetValueOrDefault("page") is { Length: > 0 } pageText
            && !(int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) && page >= 1))
        {
            errors.Add($"page: '{pageText}' is not a page number (a whole number from 1)");
            page = 1;
        }

        int? selected = null;
        if (values.GetValueOrDefault("incident") is { Length: > 0 } selText)
        {
            if (int.TryParse(selText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0) selected = id;
            else errors.Add($"incident: '{selText}' is not an incident id (a positive whole number)");
        }
        var unit = ListUnit.Report;
        switch (values.GetValueOrDefault(IncidentListUrl.ByKey)?.Trim().ToLowerInvariant())
        {
            case null or "" or IncidentListUrl.ByReport: break;
            case IncidentListUrl.ByEvent: unit = ListUnit.Event; break;
            case var other: errors.Add($"by: '{other}' is not a list unit (use '{IncidentListUrl.ByEvent}' for one row per event, or leave it out for one per report)"); break;
        }
        return new IncidentListRequest(filter, order, page, errors, selected, unit);
    }

    public IncidentListUrl UrlFor(string path) => new(path, Filter, Order, Page, Selected, Unit);
}
