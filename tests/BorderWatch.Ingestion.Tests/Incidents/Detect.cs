using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>Runs stages 3-8 over a text the test writes itself.</summary>
internal static class Detect
{
    public static IReadOnlyList<ExtractedIncident> All(string text, string? published = null)
    {
        var date = published is null ? PartialDate.Unknown : PartialDate.TryParse(published, out var d) ? d : throw new ArgumentException(published);
        var found = IncidentDetector.Default.Detect(AnalysisInput.FromText(text, date));
        foreach (var i in found)
        {
            i.ExcerptStart.ShouldBeGreaterThanOrEqualTo(0);
            i.ExcerptEnd.ShouldBeLessThanOrEqualTo(text.Length);
        }
        return found;
    }

    private static readonly Lazy<IncidentDetector> Rules = new(() =>
        BorderWatch.Ingestion.Incidents.TypeModel.TypeModelServices.Detector(BorderWatch.Ingestion.Incidents.TypeModel.TypeModelOptions.Off,
            new BorderWatch.Ingestion.Language.TreebankSentenceParser(BorderWatch.Ingestion.Language.LanguageModels.LoadEmbedded())));

    /// <summary>The types the rules alone (no type model) give the text's incidents, in order.</summary>
    public static List<IncidentType> RuleTypes(string text) => Rules.Value.Detect(AnalysisInput.FromText(text)).Select(i => i.Type).ToList();

    /// <summary>The one incident the text yields.</summary>
    public static ExtractedIncident One(string text, string? published = null)
    {
        var found = All(text, published);
        found.Count.ShouldBe(1, $"{text}\n -> {Describe(text, found)}");
        return found[0];
    }

    /// <summary>The incident whose excerpt contains <paramref name="words"/>.</summary>
    public static ExtractedIncident Quoting(string text, string words, string? published = null)
    {
        var found = Quoting(text, All(text, published), words).ToList();
        found.Count.ShouldBeGreaterThan(0, $"no incident quoting '{words}' in {Describe(text, All(text, published))}");
        return found[0];
    }

    /// <summary>The incidents of <paramref name="found"/> whose excerpt contains <paramref name="words"/>.</summary>
    public static IEnumerable<ExtractedIncident> Quoting(string text, IEnumerable<ExtractedIncident> found, string words) =>
        found.Where(i => text[i.ExcerptStart..i.ExcerptEnd].Contains(words, StringComparison.Ordinal));

    public static string Describe(string text, IEnumerable<ExtractedIncident> found) =>
        string.Join(" | ", found.Select(i => $"[{i.Type.ToCode()} {i.Status.ToCode()} {i.BorderCode} {i.Date}] {text[i.ExcerptStart..i.ExcerptEnd]}"));

    public static IReadOnlyList<string> Countries(this ExtractedIncident i) =>
        i.Actors.Select(a => a.Key).Where(k => k.Length == 3 && k.All(char.IsUpper)).Distinct().Order(StringComparer.Ordinal).ToList();

    public static ActorRole? RoleOf(this ExtractedIncident i, string key) => i.Actors.FirstOrDefault(a => a.Key == key)?.Role;
}
