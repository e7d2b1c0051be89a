using System.Text.RegularExpressions;

namespace BorderWatch.Web.Dashboard;

/// <summary>
/// What the not-found page says for the address that was asked for: "there is no incident 12" beats a generic
/// "page not found". Pages answer 404 and the status-code re-execution renders this (a component's own 404 body
/// is not sent in .NET 10 static rendering).
/// </summary>
public static partial class NotFoundMessage
{
    public sealed record Message(string Title, string Detail, string LinkText, string LinkHref);

    public static Message For(string? originalPath)
    {
        var path = originalPath ?? "";
        if (Item().Match(path) is { Success: true } m)
        {
            var id = m.Groups["id"].Value;
            return m.Groups["kind"].Value switch
            {
                "incidents" => new("Incident not found", $"There is no incident #{id}. It may have been removed when its article was re-processed.", "Browse all incidents", "/incidents"),
                "articles" => new("Article not found", $"There is no article #{id}.", "Browse all articles", "/articles"),
                _ => new("Actor not found", $"There is no actor #{id}.", "Browse all actors", "/actors"),
            };
        }
        if (Border().Match(path) is { Success: true } b)
            return new("Unknown border", $"BorderWatch does not track a border “{Uri.UnescapeDataString(b.Groups["code"].Value)}”. "
                + "Border codes are two ISO alpha-3 country codes joined by a hyphen, e.g. AFG-TKM.", "See the tracked borders", "/");
        return new("Page not found", "There is nothing at this address.", "Go to the overview", "/");
    }

    [GeneratedRegex(@"^/(?<kind>incidents|articles|actors)/(?<id>\d+)/?$")]
    private static partial Regex Item();

    [GeneratedRegex(@"^/borders/(?<code>[^/]+)/?$")]
    private static partial Regex Border();
}
