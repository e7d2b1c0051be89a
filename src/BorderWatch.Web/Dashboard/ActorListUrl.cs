using System.Globalization;
using BorderWatch.Core.Domain;

namespace BorderWatch.Web.Dashboard;

/// <summary>The order of the actors list: most incidents first (the default), by name, or by country.</summary>
public enum ActorOrder { Incidents, Name, Country }

/// <summary>
/// The actors list as a URL, like <see cref="IncidentListUrl"/> for incidents: the search, kind and "include actors
/// without incidents" filters, the order and the page. Changing a filter or the order goes back to page 1.
/// </summary>
public sealed record ActorListUrl(string? Text = null, ActorKind? Kind = null, bool IncludeInactive = false, ActorOrder Order = ActorOrder.Incidents, int Page = 1)
{
    public const string Path = "/actors";

    public string Query => string.Join("&", new[]
    {
        string.IsNullOrWhiteSpace(Text) ? null : "q=" + Uri.EscapeDataString(Text.Trim()),
        Kind is ActorKind k ? "kind=" + k.ToCode() : null,
        IncludeInactive ? "all=true" : null,
        Order == ActorOrder.Incidents ? null : "sort=" + OrderCode(Order),
        Page > 1 ? "page=" + Page.ToString(CultureInfo.InvariantCulture) : null,
    }.Where(p => p is not null));

    public override string ToString() => Query.Length == 0 ? Path : Path + "?" + Query;

    public ActorListUrl WithPage(int page) => this with { Page = Math.Max(page, 1) };

    public ActorListUrl WithOrder(ActorOrder order) => this with { Order = order, Page = 1 };

    public ActorListUrl WithText(string? text) => this with { Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim(), Page = 1 };

    public ActorListUrl WithKind(ActorKind? kind) => this with { Kind = kind, Page = 1 };

    public ActorListUrl WithInactive(bool include) => this with { IncludeInactive = include, Page = 1 };

    public static string OrderCode(ActorOrder order) => order switch
    {
        ActorOrder.Name => "name",
        ActorOrder.Country => "country",
        _ => "incidents",
    };

    /// <summary>Reads the list from its query parameters; what cannot be read is named in <paramref name="errors"/>.</summary>
    public static ActorListUrl Parse(string? text, string? kind, string? all, string? sort, string? page, List<string> errors)
    {
        ActorKind? k = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            k = Enum.GetValues<ActorKind>().Select(x => (ActorKind?)x).FirstOrDefault(x => string.Equals(x!.Value.ToCode(), kind.Trim(), StringComparison.OrdinalIgnoreCase));
            if (k is null) errors.Add($"kind: '{kind}' is not an actor kind (use one of {string.Join(", ", Enum.GetValues<ActorKind>().Select(x => x.ToCode()))}).");
        }
        var order = ActorOrder.Incidents;
        if (!string.IsNullOrWhiteSpace(sort))
        {
            var found = Enum.GetValues<ActorOrder>().Where(o => string.Equals(OrderCode(o), sort.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
            if (found.Count == 1) order = found[0];
            else errors.Add($"sort: '{sort}' is not an order (use one of {string.Join(", ", Enum.GetValues<ActorOrder>().Select(OrderCode))}).");
        }
        var number = 1;
        if (!string.IsNullOrEmpty(page) && !(int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number >= 1))
        {
            errors.Add($"page: '{page}' is not a page number (a whole number from 1).");
            number = 1;
        }
        var inactive = string.Equals(all, "true", StringComparison.OrdinalIgnoreCase) || all == "1";
        return new ActorListUrl(string.IsNullOrWhiteSpace(text) ? null : text.Trim(), k, inactive, order, number);
    }
}
