using System.Globalization;
using BorderWatch.Core.Queries;
using Microsoft.Extensions.Primitives;

namespace BorderWatch.Web.Dashboard;

/// <summary>
/// An incident list as the query string asks for it: the filter, the order, the page, the selected incident, and
/// what was wrong with the query. Repeated keys (ticked checkboxes) and comma-separated lists both work.
/// Beside the filter keys of <see cref="IncidentFilterParser"/> the list reads <c>border=none</c> (no border),
/// <c>dates=within</c> (only incidents whose whole date lies in from–to), <c>actors=all</c> (every selected actor),
/// <c>sort</c> and <c>page</c>, and <c>incident</c> (the incident selected on a timeline).
/// </summary>
public sealed record IncidentListRequest(IncidentFilter Filter, IncidentOrder Order, int Page, IReadOnlyList<string> Errors, int? Selected = null)
{
    /// <summary>Query values of the sort orders, in the order the grid offers them.</summary>
    public static readonly IReadOnlyDictionary<string, IncidentOrder> Orders = new Dictionary<string, IncidentOrder>(StringComparer.OrdinalIgnoreCase)
    {
        ["newest"] = IncidentOrder.Newest, ["oldest"] = IncidentOrder.Oldest, ["type"] = IncidentOrder.Type,
        ["border"] = IncidentOrder.Border, ["status"] = IncidentOrder.Status, ["confidence"] = IncidentOrder.Confidence,
    };

    public static string OrderKey(IncidentOrder order) => Orders.First(o => o.Value == order).Key;

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

        var withoutBorder = false;
        if (values.GetValueOrDefault("border") is { } b && b.Trim().Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            withoutBorder = true;
            values.Remove("border");
        }
        var (filter, parseErrors) = IncidentFilterParser.Parse(values);
        errors.AddRange(parseErrors);
        filter = filter with
        {
            WithoutBorder = withoutBorder,
            DateMatch = Choice(values, "dates", DateMatch.Overlaps, ("overlaps", DateMatch.Overlaps), ("within", DateMatch.Within), errors),
            ActorMatch = Choice(values, "actors", ActorMatch.Any, ("any", ActorMatch.Any), ("all", ActorMatch.All), errors),
        };

        var order = IncidentOrder.Newest;
        if (values.GetValueOrDefault("sort") is { Length: > 0 } sort && !Orders.TryGetValue(sort.Trim(), out order))
        {
            errors.Add($"sort: '{sort}' is not an order (use one of {string.Join(", ", Orders.Keys)})");
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
        return new IncidentListRequest(filter, order, page, errors, selected);
    }

    private static T Choice<T>(Dictionary<string, string?> values, string key, T fallback, (string Name, T Value) a, (string Name, T Value) b, List<string> errors)
    {
        if (values.GetValueOrDefault(key) is not { Length: > 0 } text) return fallback;
        if (text.Trim().Equals(a.Name, StringComparison.OrdinalIgnoreCase)) return a.Value;
        if (text.Trim().Equals(b.Name, StringComparison.OrdinalIgnoreCase)) return b.Value;
        errors.Add($"{key}: '{text}' is not a choice here (use {a.Name} or {b.Name})");
        return fallback;
    }

    public IncidentListUrl UrlFor(string path) => new(path, Filter, Order, Page, Selected);
}
