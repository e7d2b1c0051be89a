using BorderWatch.Ingestion.Gazetteer;
using GazetteerIndex = BorderWatch.Ingestion.Gazetteer.Gazetteer;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// A third state beside an article's border of the hub. In an article about the hub's border with one neighbour
/// (Tajikistan), a span beside a border word that names another of the hub's neighbours (China) and not the hub ("our
/// men and a Chinese border unit trained in the Rangkul valley") is about that state's border with the article's
/// neighbour when the two share one (CHN-TJK), not about the hub's border with it (AFG-CHN): the hub is the one
/// state the span leaves out.
/// </summary>
internal static class ThirdStatePair
{
    internal static string? WithArticleNeighbour(GazetteerIndex gazetteer, string hub, IReadOnlyList<string> states, string third, string? documentBorder)
    {
        if (states.Contains(hub) || documentBorder is null || gazetteer.Border(documentBorder) is not { } article || !article.Involves(hub)) return null;
        var home = article.Other(hub);
        return home != third && states.All(s => s == third || s == home) ? gazetteer.BorderBetween(home, third)?.Code : null;
    }
}
