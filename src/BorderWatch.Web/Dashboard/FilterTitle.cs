using BorderWatch.Core.Queries;

namespace BorderWatch.Web.Dashboard;

/// <summary>A filter in a few words for the page title: "AFG-TKM · Taliban · 2015–2016".</summary>
public static class FilterTitle
{
    public static string Describe(IncidentFilter f)
    {
        var parts = new List<string>();
        if (f.WithoutBorder) parts.Add("no border");
        else if (f.Border is not null) parts.Add(f.Border);
        var actors = f.Countries.Concat(f.Organizations).Concat(f.Persons).ToList();
        if (actors.Count > 0) parts.Add(string.Join(f.ActorMatch == ActorMatch.All ? " + " : " or ", actors));
        if (f.Types.Count > 0) parts.Add(string.Join(" or ", f.Types.Select(IncidentFacets.TypeLabel)));
        if (f.Statuses.Count > 0) parts.Add(string.Join(" or ", f.Statuses.Select(s => s.ToString().ToLowerInvariant())));
        if (f.From is not null || f.To is not null)
        {
            var from = f.From?.ToString() ?? "…";
            var to = f.To?.ToString() ?? "…";
            parts.Add(from == to ? from : $"{from}–{to}");
        }
        if (!string.IsNullOrWhiteSpace(f.Text)) parts.Add($"“{f.Text.Trim()}”");
        if (f.PlaceIds.Count > 0) parts.Add(f.PlaceIds.Count == 1 ? "1 place" : $"{f.PlaceIds.Count} places");
        return string.Join(" · ", parts);
    }
}
