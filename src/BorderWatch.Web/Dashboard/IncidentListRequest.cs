using System.Globalization;
using BorderWatch.Core.Queries;

namespace BorderWatch.Web.Dashboard;

/// <summary>
/// An incident list as the query string asks for it: the filter, the order, the page, and what was wrong with
/// the query. Repeated keys (ticked checkboxes) and comma-separated lists both work.
/// </summary>
public sealed record IncidentListRequest(IncidentFilter Filter, IncidentOrder Order, int Page, IReadOnlyList<string> Errors)
{
    /// <param name="query">The request's query string.</param>
    /// <param name="fixedKeys">Keys the route decides (a border page ignores <c>border</c>).</param>
    public static IncidentListRequest Parse(IQueryCollection query, params string[] fixedKeys)
    {
        var values = query
            .Where(kv => !fixedKeys.Contains(kv.Key, StringComparer.OrdinalIgnoreCase))
            .ToDictionary(kv => kv.Key, kv => (string?)string.Join(",", kv.Value.Where(v => !string.IsNullOrWhiteSpace(v))),
                StringComparer.OrdinalIgnoreCase);
        var (filter, parseErrors) = IncidentFilterParser.Parse(values);
        var errors = parseErrors.ToList();

        var order = IncidentOrder.Newest;
        if (values.GetValueOrDefault("sort") is { Length: > 0 } sort)
        {
            if (sort.Equals("oldest", StringComparison.OrdinalIgnoreCase)) order = IncidentOrder.Oldest;
            else if (!sort.Equals("newest", StringComparison.OrdinalIgnoreCase))
                errors.Add($"sort: '{sort}' is not an order (use newest or oldest)");
        }

        var page = 1;
        if (values.GetValueOrDefault("page") is { Length: > 0 } pageText
            && !(int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) && page >= 1))
        {
            errors.Add($"page: '{pageText}' is not a page number (a whole number from 1)");
            page = 1;
        }
        return new IncidentListRequest(filter, order, page, errors);
    }

    public IncidentListUrl UrlFor(string path) => new(path, Filter, Order, Page);
}
