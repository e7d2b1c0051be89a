using BorderWatch.Core.Domain;

namespace BorderWatch.Core.Queries;

/// <summary>
/// Reads an <see cref="IncidentFilter"/> from query-string-like keys (border, country, org, person, type,
/// status, from, to, dates, actors, q, article, actor, place, all) and writes it back for links. Lists are comma-separated.
/// <c>border=none</c> selects incidents with no border; <c>dates=within</c> keeps only incidents whose whole date range
/// lies in from..to (default <c>overlaps</c>); <c>actors=all</c> keeps incidents involving every selected country,
/// organization and person (default <c>any</c>). Sort orders have their own codes (<see cref="OrderCode"/>).
/// </summary>
public static class IncidentFilterParser
{
    public static readonly IReadOnlyList<string> Keys =
        ["border", "country", "org", "person", "type", "status", "from", "to", "dates", "actors", "q", "article", "actor", "place", "all"];

    public static (IncidentFilter Filter, IReadOnlyList<string> Errors) Parse(IReadOnlyDictionary<string, string?> values)
    {
        var errors = new List<string>();
        string? Get(string key)
        {
            if (values.TryGetValue(key, out var v)) return v;
            foreach (var kv in values)
                if (string.Equals(kv.Key, key, StringComparison.OrdinalIgnoreCase)) return kv.Value;
            return null;
        }

        var filter = new IncidentFilter();

        var borders = Split(Get("border"));
        if (borders.Count > 1)
            errors.Add($"border: give one border, not {borders.Count}");
        else if (borders.Count == 1 && borders[0].Equals(IncidentFacets.NoBorder, StringComparison.OrdinalIgnoreCase))
            filter = filter with { WithoutBorder = true };
        else if (borders.Count == 1)
        {
            if (TryParseBorder(borders[0], out var code)) filter = filter with { Border = code };
            else errors.Add($"border: '{borders[0]}' is not a border code (use two ISO alpha-3 codes, e.g. AFG-TKM, or '{IncidentFacets.NoBorder}')");
        }

        var countries = new List<string>();
        foreach (var c in Split(Get("country")))
        {
            if (IsAlpha3(c)) countries.Add(c.ToUpperInvariant());
            else errors.Add($"country: '{c}' is not an ISO alpha-3 code (three letters, e.g. TKM)");
        }
        filter = filter with { Countries = countries.Distinct().ToList() };

        filter = filter with
        {
            Organizations = Split(Get("org")).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Persons = Split(Get("person")).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        };

        var types = new List<IncidentType>();
        foreach (var t in Split(Get("type")))
        {
            if (Codes.TryParseType(t, out var type)) types.Add(type);
            else errors.Add($"type: '{t}' is not an incident type (use one of {string.Join(", ", Codes.AllTypes.Select(x => x.ToCode()))})");
        }
        filter = filter with { Types = types.Distinct().ToList() };

        var statuses = new List<IncidentStatus>();
        foreach (var s in Split(Get("status")))
        {
            if (Codes.TryParseStatus(s, out var status)) statuses.Add(status);
            else errors.Add($"status: '{s}' is not a status (use one of {string.Join(", ", Enum.GetValues<IncidentStatus>().Select(x => x.ToCode()))})");
        }
        filter = filter with { Statuses = statuses.Distinct().ToList() };

        var from = ParseDate("from", Get("from"), errors);
        var to = ParseDate("to", Get("to"), errors);
        if (from?.Start is DateOnly fs && to?.End is DateOnly te && fs > te)
            errors.Add($"from: '{from}' is after to: '{to}'");
        filter = filter with { From = from, To = to };

        switch (Get("dates")?.Trim().ToLowerInvariant())
        {
            case null or "" or "overlaps": break;
            case "within": filter = filter with { DateMatch = DateMatch.Within }; break;
            case var other: errors.Add($"dates: '{other}' is not a date match (use overlaps or within)"); break;
        }

        switch (Get("actors")?.Trim().ToLowerInvariant())
        {
            case null or "" or "any": break;
            case "all": filter = filter with { ActorMatch = ActorMatch.All }; break;
            case var other: errors.Add($"actors: '{other}' is not an actor match (use any or all)"); break;
        }

        var text = Get("q")?.Trim();
        if (!string.IsNullOrEmpty(text)) filter = filter with { Text = text };

        filter = filter with
        {
            ArticleId = ParseId("article", Get("article"), errors),
            ActorId = ParseId("actor", Get("actor"), errors),
            PlaceIds = Split(Get("place")).Select(p => ParseId("place", p, errors)).OfType<int>().Distinct().Order().ToList(),
        };

        var all = Get("all")?.Trim();
        if (!string.IsNullOrEmpty(all))
        {
            if (all is "1" || all.Equals("true", StringComparison.OrdinalIgnoreCase)) filter = filter with { IncludeRejected = true };
            else if (!(all is "0" || all.Equals("false", StringComparison.OrdinalIgnoreCase)))
                errors.Add($"all: '{all}' is not a yes/no value (use true or false)");
        }

        return (filter, errors);
    }

    /// <summary>The filter as a query string without the leading '?' ("" for no filter), readable by <see cref="Parse"/>.</summary>
    public static string ToQueryString(IncidentFilter f)
    {
        var parts = new List<string>();
        void Add(string key, IEnumerable<string> vals)
        {
            var list = vals.Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
            if (list.Count > 0) parts.Add(key + "=" + string.Join(",", list.Select(Uri.EscapeDataString)));
        }
        Add("border", f.WithoutBorder ? [IncidentFacets.NoBorder] : f.Border is null ? [] : [f.Border]);
        Add("country", f.Countries);
        Add("org", f.Organizations);
        Add("person", f.Persons);
        Add("type", f.Types.Select(t => t.ToCode()));
        Add("status", f.Statuses.Select(s => s.ToCode()));
        Add("from", f.From is { IsKnown: true } from ? [from.ToString()] : []);
        Add("to", f.To is { IsKnown: true } to ? [to.ToString()] : []);
        if (f.DateMatch == DateMatch.Within) parts.Add("dates=within");
        if (f.ActorMatch == ActorMatch.All) parts.Add("actors=all");
        if (!string.IsNullOrWhiteSpace(f.Text)) parts.Add("q=" + Uri.EscapeDataString(f.Text));
        if (f.ArticleId is int a) parts.Add("article=" + a);
        if (f.ActorId is int act) parts.Add("actor=" + act);
        if (f.PlaceIds.Count > 0) parts.Add("place=" + string.Join(",", f.PlaceIds));
        if (f.IncludeRejected) parts.Add("all=true");
        return string.Join("&", parts);
    }

    /// <summary>The query-string code of a sort order: newest, oldest, type, border, status, confidence.</summary>
    public static string OrderCode(IncidentOrder order) => order.ToString().ToLowerInvariant();

    /// <summary>Reads a sort order's code (any case); false for anything else.</summary>
    public static bool TryParseOrder(string? text, out IncidentOrder order)
    {
        order = IncidentOrder.Newest;
        if (string.IsNullOrWhiteSpace(text)) return false;
        foreach (var o in Enum.GetValues<IncidentOrder>())
            if (string.Equals(OrderCode(o), text.Trim(), StringComparison.OrdinalIgnoreCase)) { order = o; return true; }
        return false;
    }

    public static bool TryParseBorder(string text, out string code)
    {
        code = "";
        var parts = text.Trim().Split('-');
        if (parts.Length != 2 || !IsAlpha3(parts[0]) || !IsAlpha3(parts[1])) return false;
        code = Codes.BorderCode(parts[0], parts[1]);
        return true;
    }

    private static bool IsAlpha3(string s) => s.Length == 3 && s.All(char.IsAsciiLetter);

    private static List<string> Split(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? []
            : value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    private static PartialDate? ParseDate(string field, string? value, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (PartialDate.TryParse(value, out var date)) return date;
        errors.Add($"{field}: '{value.Trim()}' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
        return null;
    }

    private static int? ParseId(string field, string? value, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (int.TryParse(value.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0)
            return id;
        errors.Add($"{field}: '{value.Trim()}' is not an id (a positive whole number)");
        return null;
    }
}
