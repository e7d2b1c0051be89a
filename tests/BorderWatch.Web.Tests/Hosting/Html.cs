using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace BorderWatch.Web.Tests.Hosting;

/// <summary>Fetching pages and reading them as DOM.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    public static async Task<(HttpResponseMessage Response, IDocument Document)> GetPageAsync(this HttpClient client, string url,
        Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        configure?.Invoke(request);
        var response = await client.SendAsync(request);
        return (response, Parse(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Incident ids of the incident cards on a page, in page order.</summary>
    public static List<int> IncidentCardIds(this IDocument doc) =>
        doc.QuerySelectorAll("a.incident-link").Select(a => int.Parse(a.GetAttribute("data-incident")!)).ToList();

    public static string Squash(this string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
